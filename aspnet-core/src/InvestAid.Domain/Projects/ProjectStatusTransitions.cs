namespace InvestAid.Projects;

/// <summary>The allowed moves between <see cref="ProjectStatus"/> values (DESIGN.md section 3).</summary>
public static class ProjectStatusTransitions
{
    private static readonly Dictionary<ProjectStatus, ProjectStatus[]> Allowed = new()
    {
        [ProjectStatus.Draft] = [ProjectStatus.Submitted],
        [ProjectStatus.Submitted] = [ProjectStatus.UnderReview, ProjectStatus.Returned],
        [ProjectStatus.UnderReview] = [ProjectStatus.Approved, ProjectStatus.Rejected, ProjectStatus.Returned],
        // A returned dossier is supplemented and submitted again.
        [ProjectStatus.Returned] = [ProjectStatus.Submitted],
        [ProjectStatus.Approved] = [ProjectStatus.Active, ProjectStatus.Terminated],
        [ProjectStatus.Active] = [ProjectStatus.Completed, ProjectStatus.Terminated],
        [ProjectStatus.Rejected] = [],
        [ProjectStatus.Completed] = [],
        [ProjectStatus.Terminated] = [],
    };

    public static bool IsAllowed(ProjectStatus from, ProjectStatus to) =>
        Allowed.TryGetValue(from, out var targets) && targets.Contains(to);

    public static IReadOnlyList<ProjectStatus> From(ProjectStatus from) => Allowed[from];
}
