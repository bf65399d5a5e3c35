using InvestAid.Identity;
using InvestAid.Projects;
using InvestAid.Workflows.Runtime;
using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Dossiers;

/// <summary>
/// Who sees a dossier (DESIGN.md 9): department staff, approvers, leaders and viewers see all; a project owner
/// only the dossiers of its own projects; a consulted agency only the dossiers it was asked about (a task of the
/// instance is offered to its group <c>agency:&lt;code&gt;</c>). Anyone else is told the dossier does not exist.
/// </summary>
public static class DossierAccess
{
    private static readonly string[] SeeAll = [RoleNames.Admin, RoleNames.Officer, RoleNames.Approver, RoleNames.Leader, RoleNames.Viewer];

    public static bool SeesAll(Actor actor) => actor.Groups.Any(g => SeeAll.Contains(g, StringComparer.Ordinal));

    public static bool IsStaff(Actor actor) => actor.Groups.Contains(RoleNames.Officer) || actor.Groups.Contains(RoleNames.Admin);

    public static bool CanSee(Actor actor, Guid? userId, Project project, WorkflowInstance? instance) =>
        SeesAll(actor)
        || (actor.Groups.Contains(RoleNames.Owner) && userId is { } id && project.OwnerUserId == id)
        || (instance is not null && (WasConsulted(actor, instance) || HoldsOrHeldTask(actor, instance)));

    /// <summary>The user is or was the assignee, a candidate user or the one who completed a task of the instance.</summary>
    public static bool HoldsOrHeldTask(Actor actor, WorkflowInstance instance) =>
        instance.Tasks.Exists(t => string.Equals(t.Assignee, actor.UserId, StringComparison.Ordinal)
            || string.Equals(t.CompletedBy, actor.UserId, StringComparison.Ordinal)
            || t.CandidateUsers.Contains(actor.UserId, StringComparer.Ordinal));

    /// <summary>A task with no assignee and no candidate user or group: only administrators may claim or complete it.</summary>
    public static bool IsOfferedToNobody(WorkflowTask task) =>
        task.Assignee is null && task.CandidateUsers.Count == 0 && task.CandidateGroups.Count == 0;

    /// <summary>Officers and administrators, or the owner of the project, may add documents.</summary>
    public static bool CanAddDocuments(Actor actor, Guid? userId, Project project) =>
        IsStaff(actor) || (actor.Groups.Contains(RoleNames.Owner) && userId is { } id && project.OwnerUserId == id);

    public static bool WasConsulted(Actor actor, WorkflowInstance instance)
    {
        var agencies = actor.Groups.Where(g => g.StartsWith(AgencyClaims.GroupPrefix, StringComparison.Ordinal)).ToList();
        return agencies.Count > 0 && instance.Tasks.Exists(t => t.CandidateGroups.Intersect(agencies, StringComparer.Ordinal).Any());
    }

    /// <summary>May act on the task: its assignee, a candidate user, or a member of a candidate group.</summary>
    public static bool CanAct(Actor actor, WorkflowTask task) =>
        actor.Is(task.Assignee) || task.CandidateUsers.Exists(actor.Is) || actor.InAnyGroup(task.CandidateGroups);
}
