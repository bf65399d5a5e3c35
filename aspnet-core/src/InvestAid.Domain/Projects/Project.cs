using InvestAid.Common;
using InvestAid.Errors;

namespace InvestAid.Projects;

/// <summary>
/// An investment or aid project of the province. Its status changes only through the methods
/// below, each of which checks the move against <see cref="ProjectStatusTransitions"/>.
/// </summary>
public class Project : AggregateRoot
{
    private Project() { }

    public Project(string code, ProjectKind kind, string nameVi, string? nameEn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(nameVi);
        Code = code;
        Kind = kind;
        NameVi = nameVi;
        NameEn = nameEn;
        Status = ProjectStatus.Draft;
    }

    public string Code { get; private set; } = "";
    public ProjectKind Kind { get; private set; }
    public string NameVi { get; private set; } = "";
    public string? NameEn { get; private set; }
    public ProjectStatus Status { get; private set; }

    public void Submit() => MoveTo(ProjectStatus.Submitted);
    public void StartReview() => MoveTo(ProjectStatus.UnderReview);
    public void Approve() => MoveTo(ProjectStatus.Approved);
    public void Reject() => MoveTo(ProjectStatus.Rejected);
    public void Return() => MoveTo(ProjectStatus.Returned);
    public void Activate() => MoveTo(ProjectStatus.Active);
    public void Complete() => MoveTo(ProjectStatus.Completed);
    public void Terminate() => MoveTo(ProjectStatus.Terminated);

    public void Rename(string nameVi, string? nameEn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameVi);
        NameVi = nameVi;
        NameEn = nameEn;
    }

    private void MoveTo(ProjectStatus target)
    {
        if (!ProjectStatusTransitions.IsAllowed(Status, target))
        {
            throw new DomainException(
                ErrorCodes.ProjectInvalidTransition,
                $"Không thể chuyển dự án {Code} từ trạng thái {Status} sang {target}.");
        }
        Status = target;
    }
}
