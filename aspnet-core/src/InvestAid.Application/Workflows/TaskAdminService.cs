using InvestAid.Audit;
using InvestAid.Common;
using InvestAid.Identity;
using InvestAid.Validation;
using InvestAid.Workflows.Persistence;
using InvestAid.Workflows.Runtime;
using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Workflows;

/// <summary>
/// Who holds a task, changed by hand: administrators set or change the assignee and unclaim; the assignee (or an
/// administrator) delegates as in Camunda (the task goes to the delegate with <c>PENDING</c>, the assignee stays its
/// owner) and the delegate (or an administrator) resolves it back to the owner (<c>RESOLVED</c>). Every change names
/// the assignment it saw (<c>If-Match</c>, the task's ETag) and is audited. The queue lists open tasks no one can take.
/// </summary>
public sealed class TaskAdminService(
    WorkflowService workflows,
    IWorkflowStore store,
    IWorkflowTaskInbox inbox,
    IWorkflowEffectHandler effects,
    IdentityResolver identities,
    StepNames names,
    AuditRecorder audit,
    IUnitOfWork unitOfWork,
    TimeProvider clock)
{
    public const string EntityType = "workflow-task";

    /// <summary>Administrators: makes <paramref name="userId"/> the assignee, or (null) unclaims the task.</summary>
    public Task<WorkflowTaskDto> SetAssigneeAsync(Actor actor, bool isAdmin, string taskId, Guid? userId, string? ifMatch, CancellationToken ct) =>
        ChangeAsync(actor, taskId, ifMatch, ct, (task, index, who) =>
        {
            // The assignee may give a task back (unclaim); anything else is the administrators'.
            if (!isAdmin && !(userId is null && who.Is(task.Assignee)))
            {
                throw new TaskNotAssignableException(taskId, actor.UserId);
            }

            var target = userId is { } id ? Target(index, id) : null;
            return (TaskAssignmentChange.SetAssignee, target?.UserName, userId is null ? "task.unclaimed" : "task.assigned");
        });

    /// <summary>The assignee or an administrator hands the task to <paramref name="userId"/>; it comes back on resolve.</summary>
    public Task<WorkflowTaskDto> DelegateAsync(Actor actor, bool isAdmin, string taskId, Guid userId, string? ifMatch, CancellationToken ct) =>
        ChangeAsync(actor, taskId, ifMatch, ct, (task, index, who) =>
        {
            if (!isAdmin && !who.Is(task.Assignee))
            {
                throw new TaskNotAssignableException(taskId, actor.UserId);
            }

            var target = Target(index, userId);
            if (string.Equals(target.UserName, task.Assignee, StringComparison.OrdinalIgnoreCase))
            {
                throw ValidationText.Invalid("userId", "identity.delegateSelf");
            }

            return (TaskAssignmentChange.Delegate, target.UserName, "task.delegated");
        });

    /// <summary>The delegate (the assignee of a PENDING task) or an administrator returns the task to its owner.</summary>
    public Task<WorkflowTaskDto> ResolveAsync(Actor actor, bool isAdmin, string taskId, string? ifMatch, CancellationToken ct) =>
        ChangeAsync(actor, taskId, ifMatch, ct, (task, index, who) =>
        {
            if (!isAdmin && !who.Is(task.Assignee))
            {
                throw new TaskNotAssignableException(taskId, actor.UserId);
            }

            return (TaskAssignmentChange.Resolve, null, "task.resolved");
        });

    /// <summary>Open tasks that no one who may sign in can take (see <see cref="UnassignableTaskDto"/>), oldest first, a page at a time.</summary>
    public async Task<PagedResult<UnassignableTaskDto>> UnassignableAsync(int? page, int? pageSize, CancellationToken ct)
    {
        var p = page ?? 1;
        var size = pageSize ?? 50;
        if (p < 1 || size is < 1 or > 200)
        {
            throw ValidationText.Invalid("pageSize", "common.pageAndSize", 200);
        }

        var index = await identities.IndexAsync(ct);
        var found = new List<UnassignableTaskDto>();
        foreach (var view in await inbox.OpenTasksAsync(ct))
        {
            if (WhyNobody(view.Task, view.DefinitionKey, index) is { } why)
            {
                var t = view.Task;
                found.Add(new UnassignableTaskDto(t.Id, view.InstanceId, view.DefinitionKey, view.BusinessKey, t.ElementId,
                    names.Of(view.DefinitionKey, view.DefinitionVersion, t.ElementId, t.Name), why.Reason, why.Ids, t.CreatedAt, t.DueAt, TaskETag.Of(t)));
            }
        }

        return new PagedResult<UnassignableTaskDto>([.. found.Skip((p - 1) * size).Take(size)], found.Count, p, size);
    }

    /// <summary>Why no one can take the task, with the ids that map to nobody; null when someone can.</summary>
    public static (string Reason, IReadOnlyList<string> Ids)? WhyNobody(WorkflowTask task, string definitionKey, IdentityIndex index)
    {
        if (task.Assignee is { } assignee)
        {
            return index.ResolveUser(assignee, definitionKey) is { Disabled: false } ? null : ("assignee", [assignee]);
        }

        if (task.CandidateUsers.Count == 0 && task.CandidateGroups.Count == 0)
        {
            return ("nobody", []);
        }

        var users = task.CandidateUsers.Where(u => index.ResolveUser(u, definitionKey) is not { Disabled: false }).ToList();
        var groups = task.CandidateGroups.Where(g => index.ResolveGroupMembers(g, definitionKey).Count == 0).ToList();
        return users.Count == task.CandidateUsers.Count && groups.Count == task.CandidateGroups.Count
            ? ("candidates", [.. users, .. groups])
            : null;
    }

    private async Task<WorkflowTaskDto> ChangeAsync(
        Actor actor, string taskId, string? ifMatch, CancellationToken ct,
        Func<WorkflowTask, IdentityIndex, Actor, (TaskAssignmentChange Change, string? UserName, string Action)> decide)
    {
        var instance = await store.FindByTaskAsync(taskId, ct) ?? throw new TaskNotFoundException(Guid.Empty, taskId);
        var instanceId = instance.Id;
        var task = instance.Tasks.Find(t => t.Id == taskId) ?? throw new TaskNotFoundException(instanceId, taskId);
        if (task.Status != WorkflowTaskStatus.Open)
        {
            throw new TaskNotOpenException(taskId, task.Status.ToString().ToLowerInvariant());
        }

        var index = await identities.IndexAsync(ct);
        var who = index.IdentitiesOf(actor).For(actor, instance.DefinitionKey);
        // Who may act is decided before the version is asked for: a stranger learns nothing from a 428.
        var (change, userName, action) = decide(task, index, who);
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            throw new PreconditionFailedException(missing: true);
        }
        if (!TaskETag.Matches(task, ifMatch))
        {
            throw new PreconditionFailedException(missing: false);
        }

        var before = new { task.Assignee, task.Owner, task.DelegationState };
        // The engine saves against the instance version it loaded: a change made meanwhile fails with 409, never lost.
        var result = await workflows.ChangeTaskAssignmentAsync(instanceId, taskId, change, userName, ct);
        await effects.HandleAsync(result.Effects, ct);
        var after = result.Instance.Tasks.Single(t => t.Id == taskId);
        audit.Record(EntityType, instanceId, action, before, new { after.Assignee, after.Owner, after.DelegationState },
            $"{task.Name ?? task.ElementId} ({taskId})");
        await unitOfWork.SaveChangesAsync(ct);
        return after.ToDto(result.Instance, clock.GetUtcNow(), names);
    }

    private static DirectoryUser Target(IdentityIndex index, Guid userId) =>
        index.User(userId) is { Disabled: false } user ? user : throw ValidationText.Invalid("userId", "identity.unknownUser", userId);
}
