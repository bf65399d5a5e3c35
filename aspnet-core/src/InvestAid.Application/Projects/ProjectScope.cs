using InvestAid.Common;
using InvestAid.Identity;

namespace InvestAid.Projects;

/// <summary>
/// Which projects a user may see (docs/security.md): all of them (department staff, approvers, leaders, viewers), or only
/// their own (<see cref="OwnerUserId"/>, project owners) plus <see cref="ProjectIds"/>, the projects of the dossiers they were
/// consulted on (agencies) or hold or held a task of. Lists filter by it in SQL; details ask <see cref="Allows(Project)"/>.
/// Get it from <see cref="ProjectScopeProvider"/>, which fills <see cref="ProjectIds"/> and <see cref="FigureProjectIds"/>.
/// </summary>
/// <param name="FigureProjectIds">
/// The projects whose figures reports, dashboards and exports add up for a user who does not see all: an owner's own projects,
/// an agency's projects of the dossiers it was consulted on (not those of a task merely held). Null when none were computed.
/// </param>
public sealed record ProjectScope(bool All, Guid? OwnerUserId, IReadOnlyCollection<Guid>? ProjectIds = null,
    IReadOnlyCollection<Guid>? FigureProjectIds = null)
{
    /// <summary>The scope by role alone (without the projects of consultations and tasks).</summary>
    public static ProjectScope For(ICurrentUser user)
    {
        if (SeesAll(user))
        {
            return new ProjectScope(true, null);
        }
        return user.IsInRole(RoleNames.Owner) && user.Id is { } id
            ? new ProjectScope(false, id)
            : new ProjectScope(false, null);
    }

    public static bool SeesAll(ICurrentUser user) =>
        user.IsInRole(RoleNames.Admin) || user.IsInRole(RoleNames.Officer) || user.IsInRole(RoleNames.Leader)
        || user.IsInRole(RoleNames.Approver) || user.IsInRole(RoleNames.Viewer);

    public bool Allows(Project project) => All || (OwnerUserId is { } id && project.OwnerUserId == id) || (ProjectIds?.Contains(project.Id) ?? false);

    /// <summary>For rows that carry only a project id (report and export rows): needs <see cref="ProjectIds"/> from <see cref="ProjectScopeProvider"/>.</summary>
    public bool Allows(Guid projectId) => All || (ProjectIds?.Contains(projectId) ?? false);

    /// <summary>The visible project ids when not <see cref="All"/> (owned ones must be added by the caller's query).</summary>
    public Guid[] ExtraIds => ProjectIds is null ? [] : [.. ProjectIds];

    /// <summary>
    /// The one filter of figures (reports, dashboard, capital summary, lists of reports and proposals, their exports): null for
    /// all projects, else the ids of <see cref="FigureProjectIds"/>, passed into the SQL as <c>@visible</c>.
    /// </summary>
    public Guid[]? FigureProjects => All ? null : FigureProjectIds is null ? [] : [.. FigureProjectIds];

    /// <summary>For a report or export row that carries a project id: whether its figures count for this user.</summary>
    public bool AllowsFigures(Guid projectId) => All || (FigureProjectIds?.Contains(projectId) ?? false);
}

/// <summary>The projects a user may open (<see cref="Visible"/>) and those whose figures they see (<see cref="Figures"/>, a subset).</summary>
public sealed record VisibleProjects(IReadOnlyCollection<Guid> Visible, IReadOnlyCollection<Guid> Figures);

/// <summary>The projects a user owns, or whose dossiers they were consulted on or hold or held a task of (one SQL query).</summary>
public interface IProjectScopeQueries
{
    /// <param name="userName">The user as the workflow engine names them (assignee, candidate user, completed by).</param>
    /// <param name="agencyGroups">The user's <c>agency:&lt;code&gt;</c> groups.</param>
    /// <param name="ownerUserId">The project owner's user id, or null for a user who owns no project.</param>
    Task<VisibleProjects> VisibleProjectsAsync(string userName, IReadOnlyCollection<string> agencyGroups, Guid? ownerUserId,
        CancellationToken cancellationToken = default);
}

/// <summary>The current user's <see cref="ProjectScope"/>, computed once per request: the one mechanism that lists and details share.</summary>
public sealed class ProjectScopeProvider(ICurrentUser user, IProjectScopeQueries queries)
{
    private ProjectScope? _scope;

    public async Task<ProjectScope> CurrentAsync(CancellationToken cancellationToken = default)
    {
        if (_scope is not null)
        {
            return _scope;
        }
        var scope = ProjectScope.For(user);
        if (!scope.All && user.Name is { Length: > 0 } name)
        {
            var visible = await queries.VisibleProjectsAsync(name, user.AgencyGroups, scope.OwnerUserId, cancellationToken);
            scope = scope with { ProjectIds = visible.Visible, FigureProjectIds = visible.Figures };
        }
        else if (!scope.All)
        {
            scope = scope with { ProjectIds = [], FigureProjectIds = [] };
        }
        return _scope = scope;
    }
}
