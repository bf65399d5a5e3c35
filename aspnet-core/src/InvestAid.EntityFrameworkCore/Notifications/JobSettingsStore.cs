using InvestAid.Notifications;
using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore.Notifications;

public sealed class JobSettingsStore(InvestAidDbContext db, TimeProvider clock) : IJobSettingsStore
{
    public async Task<IReadOnlyList<JobSetting>> ListAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        foreach (var d in JobSetting.Defaults())
        {
            // Defaults for jobs not yet configured; an admin's edit is never overwritten.
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO job_settings (id, cron, enabled, threshold, delay_days, lead_days, retention_days, updated_at)
                VALUES ({d.Id}, {d.Cron}, {d.Enabled}, {d.Threshold}, {d.DelayDays}, {d.LeadDays}, {d.RetentionDays}, {now})
                ON CONFLICT (id) DO NOTHING
                """, cancellationToken);
        }
        return await db.Set<JobSetting>().OrderBy(s => s.Id).ToListAsync(cancellationToken);
    }

    public async Task<JobSetting> GetAsync(string id, CancellationToken cancellationToken = default) =>
        JobSetting.Effective(id, await db.Set<JobSetting>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken));

    public async Task RecordRunAsync(string id, DateTimeOffset at, int count, CancellationToken cancellationToken = default)
    {
        // The defaults row may not exist yet (the job ran before anyone listed the jobs).
        await ListAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"UPDATE job_settings SET last_run_at = {at}, last_run_count = {count} WHERE id = {id}", cancellationToken);
    }
}
