namespace InvestAid.Notifications;

/// <summary>Delivers what the procedures' <c>notify</c> steps asked for, once per step and request.</summary>
public sealed class ProcedureNotificationReminderJob(IReminderStore store, ReminderRecipientResolver recipients) : IReminderJob
{
    public string JobId => JobIds.ProcedureNotifications;

    public async Task<IReadOnlyList<ReminderItem>> FindDueAsync(DateTimeOffset now, DateOnly today, JobSetting setting, CancellationToken cancellationToken)
    {
        var users = await recipients.DirectoryAsync(cancellationToken);
        var requests = await store.ProcedureNotificationsAsync(cancellationToken);
        return [.. requests.Select(n =>
        {
            var text = NotificationTemplates.ProcedureStep(n.Subject, n.Code, n.Name);
            return new ReminderItem($"procedure:{n.InstanceId}:{n.ElementId}:{n.RequestedAt}", NotificationKinds.Procedure,
                ReminderLinks.ElementSubject(n.InstanceId, n.ElementId), n.ProjectId, text,
                n.ProjectId is { } p ? ReminderLinks.Project(p) : "/tasks", users.ProcedureTargets(n.To, n.OwnerId));
        })];
    }
}
