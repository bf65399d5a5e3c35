namespace InvestAid.Notifications;

public interface IJobSettingsStore
{
    /// <summary>Every job's settings; the defaults are inserted first for jobs without a row.</summary>
    Task<IReadOnlyList<JobSetting>> ListAsync(CancellationToken cancellationToken = default);
}
