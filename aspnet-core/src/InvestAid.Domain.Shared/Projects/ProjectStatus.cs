namespace InvestAid.Projects;

/// <summary>Life cycle of a project (DESIGN.md section 3); changed only through <c>Project</c>'s domain methods.</summary>
public enum ProjectStatus
{
    Draft = 0,
    Submitted = 1,
    UnderReview = 2,
    Approved = 3,
    Rejected = 4,
    Returned = 5,
    Active = 6,
    Completed = 7,
    Terminated = 8,
}
