using InvestAid.Identity;

namespace InvestAid.Notifications;

/// <summary>NGO aid instalments due but not received: officers and the owner, once per instalment.</summary>
public sealed class ReceiptOverdueReminderJob(IReminderStore store, ReminderRecipientResolver recipients) : IReminderJob
{
    public string JobId => JobIds.ReceiptOverdue;

    public async Task<IReadOnlyList<ReminderItem>> FindDueAsync(DateTimeOffset now, DateOnly today, JobSetting setting, CancellationToken cancellationToken)
    {
        var officers = await recipients.StaffAsync([RoleNames.Officer], cancellationToken);
        var overdue = await store.OverdueReceiptsAsync(today, cancellationToken);
        return [.. overdue.Select(r =>
        {
            var p = r.Project;
            var text = NotificationTemplates.ReceiptOverdue(p.Code, p.Name, r.DueDate, r.ExpectedUsd, r.ReceivedUsd);
            return new ReminderItem($"receipt-overdue:{r.ExpectedReceiptId}", NotificationKinds.ReceiptOverdue, r.ExpectedReceiptId, p.Id, text,
                ReminderLinks.Project(p.Id), ReminderRecipientResolver.WithOwner(officers, p.OwnerId));
        })];
    }
}
