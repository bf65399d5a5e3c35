using System.Globalization;
using InvestAid.Identity;
using InvestAid.Workflows;

namespace InvestAid.Notifications;

/// <summary>
/// Periodic reports whose reminder window holds today (enterprise FDI reports, NGO 6-monthly reports): officers and
/// the owner, once per project and period; an FDI quarterly report already filed needs no reminder.
/// </summary>
public sealed class ReportDeadlineReminderJob(IReminderStore store, ReminderRecipientResolver recipients, WorkingDayCalendarProvider calendars) : IReminderJob
{
    public string JobId => JobIds.ReportDeadlines;

    public static string KeyPrefix(ReportDeadline d) => $"report:{d.ReportType}:{d.Period}:";

    public async Task<IReadOnlyList<ReminderItem>> FindDueAsync(DateTimeOffset now, DateOnly today, JobSetting setting, CancellationToken cancellationToken)
    {
        var due = ReportingSchedule.InReminderWindow(today, setting.LeadDays.GetValueOrDefault(), calendars.Current)
            .SelectMany(d => d.Kinds.Select(k => (Kind: k, d.Deadline)))
            .ToList();
        if (due.Count == 0)
        {
            return [];
        }
        var officers = await recipients.StaffAsync([RoleNames.Officer], cancellationToken);
        var queries = due.Select(d => new ReportDueQuery(d.Kind.ToString(), KeyPrefix(d.Deadline),
            int.Parse(d.Deadline.Period[..4], CultureInfo.InvariantCulture),
            d.Deadline.ReportType == "fdi-quarterly" ? d.Deadline.Period[^1] - '0' : null)).ToList();
        var owing = await store.ReportsDueAsync(queries, cancellationToken);
        return [.. owing.Select(r =>
        {
            var deadline = due[r.Index].Deadline;
            var p = r.Project;
            var text = NotificationTemplates.ReportDue(p.Code, p.Name, deadline);
            return new ReminderItem(KeyPrefix(deadline) + p.Id, NotificationKinds.ReportDue, p.Id, p.Id, text,
                ReminderLinks.Project(p.Id), ReminderRecipientResolver.WithOwner(officers, p.OwnerId));
        })];
    }
}
