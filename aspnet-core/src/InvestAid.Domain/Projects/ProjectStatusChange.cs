using InvestAid.Common;

namespace InvestAid.Projects;

/// <summary>One move of a project's status, kept so that its status on any past day can be read back.</summary>
public sealed class ProjectStatusChange : Entity
{
    private ProjectStatusChange() { }

    internal ProjectStatusChange(Guid projectId, ProjectStatus from, ProjectStatus to, DateOnly effectiveDate, DateTimeOffset at)
    {
        ProjectId = projectId;
        From = from;
        To = to;
        EffectiveDate = effectiveDate;
        At = at;
    }

    public Guid ProjectId { get; private set; }
    public ProjectStatus From { get; private set; }
    public ProjectStatus To { get; private set; }
    /// <summary>The day the move took effect (a decision's date), which may precede the day it was recorded.</summary>
    public DateOnly EffectiveDate { get; private set; }
    public DateTimeOffset At { get; private set; }
}
