using InvestAid.Audit;
using InvestAid.Common;
using InvestAid.EnterpriseReports;
using InvestAid.Finance;
using InvestAid.Freezes;
using InvestAid.Identity;
using InvestAid.Notifications;
using InvestAid.Projects;
using InvestAid.Proposals;
using InvestAid.Workflows;
using Microsoft.Extensions.DependencyInjection;

namespace InvestAid.Validation;

/// <summary>
/// The recurring jobs of validated data (Hangfire registers them in the host). Each is safe to run twice: accepted proposals are
/// no longer pending, and every notification carries a key (<see cref="IReminderStore.WriteAsync"/>) so the same digest, reminder
/// or escalation is made once. Reads through <see cref="IValidationJobQueries"/> and <see cref="IReminderRecipientStore"/>.
/// </summary>
public sealed class ValidationJobs(IServiceProvider services, IValidationJobQueries queries, IReminderRecipientStore recipients, IReminderStore writer,
    WorkingDayCalendarProvider calendars, ProposalSettingsAppService settings, IEnterpriseReportDeadlines deadlines, TimeProvider clock)
{
    public const string AutoAcceptJobId = "proposals-auto-accept";
    public const string DigestJobId = "proposals-digest";
    public const string EnterpriseReportsJobId = "enterprise-reports-reminders";

    /// <summary>Accepts, as the system, the proposals pending for the working days set for their kind (none of a kind set to never).</summary>
    public async Task<int> AutoAcceptAsync(CancellationToken ct)
    {
        var days = (await settings.CurrentAsync(ct)).Where(s => s.Value.AutoAcceptAfterWorkingDays is >= 1)
            .ToDictionary(s => s.Key, s => s.Value.AutoAcceptAfterWorkingDays!.Value, StringComparer.Ordinal);
        if (days.Count == 0)
        {
            return 0;
        }
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var system = new SystemActor();
        var audit = ActivatorUtilities.CreateInstance<AuditRecorder>(sp, system);
        var frozen = ActivatorUtilities.CreateInstance<FrozenPeriods>(sp, audit);
        // The job's own actor decides what it sees too (an officer sees every project), not the request-less user of the scope.
        var scopes = ActivatorUtilities.CreateInstance<ProjectScopeProvider>(sp, system);
        var project = ActivatorUtilities.CreateInstance<ProjectAppService>(sp, system, audit, frozen, scopes);
        var finance = ActivatorUtilities.CreateInstance<FinanceAppService>(sp, system, audit, frozen, scopes);
        var proposals = ActivatorUtilities.CreateInstance<ProposalAppService>(sp, system, audit, project, finance);
        return await proposals.AutoAcceptAsync(days, calendars.Current.WorkingDaysBetween, ct);
    }

    /// <summary>Once a day, one notification to every officer listing the proposals waiting for them (of the kinds set to be in the digest).</summary>
    public async Task<int> DigestAsync(DateTimeOffset? at, CancellationToken ct)
    {
        var now = (at ?? clock.GetUtcNow()).ToUniversalTime();
        var today = VietnamTime.DateOf(now);
        var kinds = (await settings.CurrentAsync(ct)).Where(s => s.Value.InDigest).Select(s => s.Key).ToArray();
        if (kinds.Length == 0)
        {
            return 0;
        }
        var pending = await queries.PendingProposalsAsync(kinds, ct);
        if (pending.Count == 0)
        {
            return 0;
        }
        var officers = await UsersInRolesAsync([RoleNames.Officer], ct);
        var lines = pending.Take(20).Select(p => $"• {p.ProjectCode} — {p.Reason} ({p.ProposedBy}, {VietnamTime.DateOf(p.ProposedAt):dd/MM/yyyy})");
        var item = new ReminderItem($"proposal-digest:{today:yyyy-MM-dd}", "proposal-digest", Guid.Empty, null,
            NotificationTemplates.ProposalDigest(today, pending.Count, string.Join('\n', lines), Math.Max(0, pending.Count - 20)), "/proposals", officers);
        return await writer.WriteAsync([item], now, ct);
    }

    /// <summary>
    /// Reminders to the enterprises that have not filed, from <see cref="IEnterpriseReportDeadlines.RemindBeforeDays"/> before
    /// the due date, and an escalation to leaders and officers once a report is overdue by more than the escalation days.
    /// </summary>
    public async Task<int> EnterpriseReportsAsync(DateTimeOffset? at, CancellationToken ct)
    {
        var now = (at ?? clock.GetUtcNow()).ToUniversalTime();
        var today = VietnamTime.DateOf(now);
        var items = new List<ReminderItem>();
        await using var scope = services.CreateAsyncScope();
        var system = new SystemActor();
        var service = ActivatorUtilities.CreateInstance<EnterpriseReportAppService>(scope.ServiceProvider, system);
        var leaders = await UsersInRolesAsync([RoleNames.Leader, RoleNames.Officer], ct);
        var (qYear, quarter) = ReportPeriods.LastEndedQuarter(today);
        var periods = new List<(ReportPeriodKind Kind, int Year, int Quarter)> { (ReportPeriodKind.Quarterly, qYear, quarter), (ReportPeriodKind.Yearly, today.Year - 1, 0) };
        foreach (var (kind, year, q) in periods)
        {
            var due = deadlines.DueDate(kind, year, q);
            if (today < due.AddDays(-deadlines.RemindBeforeDays))
            {
                continue;
            }
            var period = kind == ReportPeriodKind.Yearly ? $"{year}" : $"{year}Q{q}";
            var missing = await service.MissingAsync(kind, year, q, ct);
            var owners = await queries.ProjectOwnersAsync(missing.Missing.Select(m => m.ProjectId).ToArray(), ct);
            foreach (var m in missing.Missing)
            {
                if (today <= due && owners.TryGetValue(m.ProjectId, out var owner))
                {
                    items.Add(new($"enterprise-report-due:{m.ProjectId}:{period}", NotificationKinds.ReportDue, m.ProjectId, m.ProjectId,
                        NotificationTemplates.EnterpriseReportDue(m.ProjectCode, m.ProjectName, year, kind == ReportPeriodKind.Yearly ? 0 : q, due),
                        "/enterprise-reports", [owner]));
                }
                if (m.Escalated)
                {
                    items.Add(new($"enterprise-report-escalated:{m.ProjectId}:{period}", NotificationKinds.TaskEscalated, m.ProjectId, m.ProjectId,
                        NotificationTemplates.EnterpriseReportEscalated(m.ProjectCode, m.EnterpriseName ?? m.ProjectName, year, kind == ReportPeriodKind.Yearly ? 0 : q, due, m.DaysOverdue),
                        "/enterprise-reports", leaders));
                }
            }
        }
        return await writer.WriteAsync(items, now, ct);
    }

    private async Task<List<Guid>> UsersInRolesAsync(string[] roles, CancellationToken ct) =>
        [.. (await recipients.UsersInRolesAsync(roles, ct)).Select(u => u.UserId).Distinct()];

    /// <summary>The actor of the jobs: acts as an officer, audited under the system's name.</summary>
    private sealed class SystemActor : ICurrentUser
    {
        public Guid? Id => null;
        public string? Name => "Hệ thống (tự động)";
        public bool IsInRole(string role) => role == RoleNames.Officer;
    }
}
