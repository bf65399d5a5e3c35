using InvestAid.Common;
using InvestAid.Dossiers;
using InvestAid.Workflows;
using InvestAid.Workflows.Bpmn;
using InvestAid.Workflows.Runtime;

namespace InvestAid.Notifications;

/// <summary>
/// Open workflow tasks past due: the assignee (or candidates) is reminded; after the setting's working days the
/// leaders are told (escalation).
/// </summary>
public sealed class OverdueTaskReminderJob(
    IReminderStore store, ReminderRecipientResolver recipients, WorkingDayCalendarProvider calendars, IWorkflowDefinitionStore definitions) : IReminderJob
{
    public string JobId => JobIds.OverdueTasks;

    public async Task<IReadOnlyList<ReminderItem>> FindDueAsync(DateTimeOffset now, DateOnly today, JobSetting setting, CancellationToken cancellationToken)
    {
        var escalateAfterWorkingDays = setting.DelayDays.GetValueOrDefault();
        var users = await recipients.DirectoryAsync(cancellationToken);
        var leaders = users.Leaders;
        var calendar = calendars.Current;
        var processes = new Dictionary<(string, int), BpmnProcess?>();
        var items = new List<ReminderItem>();
        foreach (var task in await store.OverdueTasksAsync(now, cancellationToken))
        {
            var dueDay = VietnamTime.DateOf(task.DueAt);
            var taskNameEn = EnglishStepName(processes, task.DefinitionKey, task.DefinitionVersion, task.ElementId);
            var link = Guid.TryParse(task.BusinessKey, out var projectId) ? ReminderLinks.Project(projectId) : "/tasks";
            var assignees = users.TaskAssignees(task.Assignee, task.CandidateUsers, task.CandidateGroups);
            var subject = ReminderLinks.ElementSubject(task.InstanceId, task.TaskId);
            var text = NotificationTemplates.TaskOverdue(task.TaskName, dueDay, task.BusinessKey, taskNameEn);
            items.Add(new($"task-overdue:{task.InstanceId}:{task.TaskId}", NotificationKinds.TaskOverdue, subject, null, text, link, assignees));

            // Escalation counts whole working days after the due day (the due day itself not counted); a due day the
            // calendar cannot count (outside its years) is reminded of but not escalated, and never stops the job.
            if (DossierMapper.WorkingDaysLeft(calendar, dueDay, today) is { } late && late >= escalateAfterWorkingDays)
            {
                var escalated = NotificationTemplates.TaskEscalated(task.TaskName, dueDay, late,
                    task.Assignee ?? string.Join(", ", task.CandidateGroups), task.BusinessKey, taskNameEn);
                items.Add(new($"task-escalated:{task.InstanceId}:{task.TaskId}", NotificationKinds.TaskEscalated, subject, null, escalated, link, leaders));
            }
        }
        return items;
    }

    /// <summary>The step's English name where its model gives one (<c>name:en</c>), for reminders read in English.</summary>
    /// <param name="processes">The models this run has looked up (null: no such definition), so each is looked up once.</param>
    private string? EnglishStepName(Dictionary<(string, int), BpmnProcess?> processes, string definitionKey, int definitionVersion, string elementId)
    {
        if (!processes.TryGetValue((definitionKey, definitionVersion), out var process))
        {
            try
            {
                process = definitions.Get(definitionKey, definitionVersion).Process;
            }
            catch (DefinitionNotFoundException)
            {
                process = null;
            }
            processes[(definitionKey, definitionVersion)] = process;
        }
        return process is not null && process.Nodes.TryGetValue(elementId, out var node) && node.LocalizedNames.TryGetValue("en", out var name) ? name : null;
    }
}
