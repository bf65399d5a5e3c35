namespace InvestAid.Projects;

/// <summary>The status moves an officer can ask for through the API.</summary>
public enum ProjectAction
{
    Submit = 1,
    StartReview = 2,
    Approve = 3,
    Reject = 4,
    Return = 5,
    Activate = 6,
    Complete = 7,
    Terminate = 8,
}
