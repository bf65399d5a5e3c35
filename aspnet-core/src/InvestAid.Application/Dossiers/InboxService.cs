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
    TimeProvider clock)
{
    public async Task<PagedResult<InboxItemDto>> ListAsync(Actor actor, InboxQuery query, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = VietnamTime.Today(clock);
        var pageSize = Math.Clamp(query.PageSize, 1, 200);
        var page = await inbox.ListAsync(actor.UserId, actor.Groups, TaskScope.All, query.Overdue, now, Math.Max(1, query.Page), pageSize, ct);
        var ids = page.Items.Select(v => Guid.TryParse(v.BusinessKey, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct().ToList();
        var byId = (await dossiers.FindManyAsync(ids, ct)).ToDictionary(d => d.Id);
        var projectsById = new Dictionary<Guid, Project>();
        foreach (var projectId in byId.Values.Select(d => d.ProjectId).Distinct())
        {
            if (await projects.FindAsync(projectId, ct) is { } p)
            {
                projectsById[projectId] = p;
            }
        }

        var items = new List<InboxItemDto>();
        foreach (var view in page.Items)
        {
            var dossier = Guid.TryParse(view.BusinessKey, out var dossierId) ? byId.GetValueOrDefault(dossierId) : null;
            var project = dossier is null ? null : projectsById.GetValueOrDefault(dossier.ProjectId);
            // An owner's group offers them every project's owner steps; they see only their own projects' ones.
            if (IsOnlyOwner(actor) && (project is null || project.OwnerUserId != user.Id))
            {
                continue;
            }
            var task = view.Task;
            DateOnly? due = task.DueAt is { } at ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, VietnamTime.Zone).DateTime) : null;
            items.Add(new InboxItemDto(task.Id, view.InstanceId, view.DefinitionKey, task.ElementId, task.Name, dossier?.Id, project?.Id,
                project?.Code, project?.NameVi, task.DueAt, due, due is { } d ? DossierMapper.WorkingDaysLeft(calendars.Current, today, d) : null,
                task.DueAt < now, task.Outcomes, task.CandidateGroups, task.Assignee, task.CreatedAt));
        }
        return new PagedResult<InboxItemDto>(items, page.TotalCount, page.Page, page.PageSize);
    }

    /// <summary>The task page. Those who may act on the task see it; department staff, approvers, leaders and viewers see any.</summary>
    public async Task<TaskDetailDto> GetTaskAsync(Actor actor, string taskId, CancellationToken ct)
    {
        var instanceId = await inbox.FindInstanceOfTaskAsync(taskId, ct) ?? throw new TaskNotFoundException(Guid.Empty, taskId);
        var instance = await store.FindAsync(instanceId, ct) ?? throw new TaskNotFoundException(instanceId, taskId);
        var task = instance.Tasks.Find(t => t.Id == taskId) ?? throw new TaskNotFoundException(instanceId, taskId);
        if (!DossierAccess.SeesAll(actor) && !DossierAccess.CanAct(actor, task))
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
            ? DossierMapper.WorkingDaysLeft(calendars.Current, today, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, VietnamTime.Zone).DateTime))
            : null;
        var previous = instance.History.Where(h => h.Ended is not null && h.TaskId is not null && h.TaskId != taskId)
            .OrderBy(h => h.Ended).Select(DossierMapper.ToDto).ToList();
        return new TaskDetailDto(task.ToDto(instance, clock.GetUtcNow()), left, dossierDto, previous);
    }

    private static bool IsOnlyOwner(Actor actor) => actor.Groups.Contains(RoleNames.Owner) && !DossierAccess.SeesAll(actor);
}
