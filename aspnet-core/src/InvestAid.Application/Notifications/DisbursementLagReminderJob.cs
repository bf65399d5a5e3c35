using InvestAid.Finance;
using InvestAid.Identity;

namespace InvestAid.Notifications;

/// <summary>ODA and concessional-loan projects whose disbursements lag the annual plan at the last quarterly checkpoint: officers and the owner.</summary>
public sealed class DisbursementLagReminderJob(IReminderStore store, ReminderRecipientResolver recipients) : IReminderJob
{
    public string JobId => JobIds.DisbursementLag;

    public async Task<IReadOnlyList<ReminderItem>> FindDueAsync(DateTimeOffset now, DateOnly today, JobSetting setting, CancellationToken cancellationToken)
    {
        var (year, quarter, checkpoint) = DisbursementLag.LastCheckpoint(today);
        var officers = await recipients.StaffAsync([RoleNames.Officer], cancellationToken);
        var period = $"{year}Q{quarter}";
        var lagging = await store.LaggingDisbursementsAsync(year, checkpoint, quarter / 4m, setting.Threshold.GetValueOrDefault(), period, cancellationToken);
        return [.. lagging.Select(l =>
        {
            var p = l.Project;
            var text = NotificationTemplates.DisbursementLag(p.Code, p.Name, year, quarter, checkpoint, l.PlanVnd,
                DisbursementLag.Expected(l.PlanVnd, quarter), l.PaidVnd, DisbursementLag.LagShare(l.PlanVnd, quarter, l.PaidVnd));
            return new ReminderItem($"disbursement-lag:{p.Id}:{period}", NotificationKinds.DisbursementLag, p.Id, p.Id, text,
                ReminderLinks.Project(p.Id), ReminderRecipientResolver.WithOwner(officers, p.OwnerId));
        })];
    }
}
