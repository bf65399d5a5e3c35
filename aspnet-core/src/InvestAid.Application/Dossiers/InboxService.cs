using FluentValidation;
using InvestAid.Common;
using InvestAid.Identity;
using InvestAid.Projects;
using InvestAid.Workflows;
using InvestAid.Workflows.Persistence;
using InvestAid.Workflows.Runtime;

namespace InvestAid.Dossiers;

/// <summary>
/// A person's inbox: the open tasks they may act on, each with its dossier and project, due date and working days
/// left (overdue first); and the task page with the dossier, its documents and the earlier steps' comments.
/// </summary>
public sealed class InboxService(
    IWorkflowTaskInbox inbox,
    IWorkflowStore store,
    IDossierRepository dossiers,
    IProjectRepository projects,
    DossierAppService dossierService,
    WorkingDayCalendarProvider calendars,
    ICurrentUser user,
    IWorkflowInstanceAccess access,
    StepNames names,
    IWorkflowDefinitionStore definitions,
    Decisions.Forms.FormResolver forms,
    IdentityResolver identities,
    TimeProvider clock)
{
    /// <summary>
    /// One page of the actor's tasks in <paramref name="query"/>'s scope with the count of every tab. Paging, totals and
    /// visibility (an owner sees only their own projects' tasks) are all decided in the query, so totals match the rows.
    /// </summary>
    public async Task<TaskInboxPageDto> ListAsync(Actor actor, bool isAdmin, TaskListQuery query, CancellationToken ct)
    {
        await new TaskListQueryValidator().ValidateAndThrowAsync(query, ct);
        var now = clock.GetUtcNow();
        var today = VietnamTime.Today(clock);
        var ids = (await identities.IndexAsync(ct)).IdentitiesOf(actor);
        var filter = new TaskInboxFilter(actor.UserId, ids.Groups, isAdmin, IsOnlyOwner(actor) ? user.Id ?? Guid.Empty : null, now) { Identities = ids };
        var page = await inbox.ListAsync(filter, query.ScopeValue, query.Overdue, query.Page, query.PageSize, ct);
        var counts = await inbox.CountAsync(filter, ct);
        var calendar = calendars.Current;
        var items = page.Items.Select(row =>
        {
            var task = row.View.Task;
            DateOnly? due = task.DueAt is { } at ? VietnamTime.DateOf(at) : null;
            return new InboxItemDto(task.Id, row.View.InstanceId, row.View.DefinitionKey, task.ElementId, names.Of(row.View.DefinitionKey, row.View.DefinitionVersion, task.ElementId, task.Name), row.DossierId, row.ProjectId,
                row.ProjectCode, row.ProjectName, task.DueAt, due, due is { } d ? DossierMapper.WorkingDaysLeft(calendar, today, d) : null,
                task.DueAt < now, task.Outcomes, task.CandidateGroups, task.Assignee, task.CreatedAt, task.Priority, task.FollowUpAt, row.ReceivedOn);
        }).ToList();
        return new TaskInboxPageDto(items, page.TotalCount, page.Page, page.PageSize, query.ScopeValue, counts);
    }

    /// <summary>The task page. Those who may act on the task see it, and those who see its instance (its dossier's scope).</summary>
    public async Task<TaskDetailDto> GetTaskAsync(Actor actor, string taskId, CancellationToken ct)
    {
        var instance = await store.FindByTaskAsync(taskId, ct) ?? throw new TaskNotFoundException(Guid.Empty, taskId);
        var instanceId = instance.Id;
        var task = instance.Tasks.Find(t => t.Id == taskId) ?? throw new TaskNotFoundException(instanceId, taskId);
        // Those who may act on the task, and those who see its instance (its dossier's scope, docs/security.md).
        if (!DossierAccess.CanAct(await identities.ForDefinitionAsync(actor, instance.DefinitionKey, ct), task)
            && !await access.CanSeeAsync(actor, instance, ct))
        {
            throw new TaskNotFoundException(instanceId, taskId);
        }

        DossierDto? dossierDto = null;
        if (Guid.TryParse(instance.BusinessKey, out var dossierId) && await dossiers.FindAsync(dossierId, ct) is { } dossier
            && await projects.FindAsync(dossier.ProjectId, ct) is { } project)
        {
            if (IsOnlyOwner(actor) && project.OwnerUserId != user.Id)
            {
                throw new TaskNotFoundException(instanceId, taskId);
            }
            dossierDto = await dossierService.ToDtoAsync(dossier, project, instance, ct);
        }
        var today = VietnamTime.Today(clock);
        int? left = task.DueAt is { } at
            ? DossierMapper.WorkingDaysLeft(calendars.Current, today, VietnamTime.DateOf(at))
            : null;
        var previous = instance.History.Where(h => h.Ended is not null && h.TaskId is not null && h.TaskId != taskId)
            .OrderBy(h => h.Ended).Select(h => DossierMapper.ToDto(h, instance, names)).ToList();
        // The task's Camunda Form, prefilled with the instance's variables (the task's own first).
        Decisions.ResolvedFormDto? form = null;
        if (await forms.ForElementAsync(definitions.Get(instance.DefinitionKey, instance.DefinitionVersion), task.ElementId, ct) is { } resolved)
        {
            var variables = instance.Variables.Concat(task.LocalVariables).GroupBy(v => v.Key).Select(g => g.Last());
            form = Decisions.Forms.FormResolver.ToDto(resolved, variables);
        }

        return new TaskDetailDto(task.ToDto(instance, clock.GetUtcNow(), names), left, dossierDto, previous, form);
    }

    private static bool IsOnlyOwner(Actor actor) => actor.Groups.Contains(RoleNames.Owner) && !DossierAccess.SeesAll(actor);
}
