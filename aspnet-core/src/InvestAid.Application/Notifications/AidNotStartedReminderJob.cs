using InvestAid.Identity;

namespace InvestAid.Notifications;

/// <summary>Approved NGO aid not started within six months of approval (Decree 80/2020 Art. 4(7)): officers, leaders and the owner.</summary>
public sealed class AidNotStartedReminderJob(IReminderStore store, ReminderRecipientResolver recipients) : IReminderJob
{
    public string JobId => JobIds.AidNotStarted;

    public async Task<IReadOnlyList<ReminderItem>> FindDueAsync(DateTimeOffset now, DateOnly today, JobSetting setting, CancellationToken cancellationToken)
    {
        var staff = await recipients.StaffAsync([RoleNames.Officer, RoleNames.Leader], cancellationToken);
        var aid = await store.AidNotStartedAsync(today, cancellationToken);
        return [.. aid.Select(a =>
        {
            var p = a.Project;
            var text = NotificationTemplates.AidNotStarted(p.Code, p.Name, a.ApprovedOn, a.ApprovedOn.AddMonths(6));
            return new ReminderItem($"aid-not-started:{p.Id}", NotificationKinds.AidNotStarted, p.Id, p.Id, text,
                ReminderLinks.Project(p.Id), ReminderRecipientResolver.WithOwner(staff, p.OwnerId));
        })];
    }
}
