namespace InvestAid.Notifications;

public interface IJobSettingsStore
{
    /// <summary>Every job's settings; the defaults are inserted first for jobs without a row.</summary>
    Task<IReadOnlyList<JobSetting>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>One job's settings as it runs with them (<see cref="JobSetting.Effective"/>), read without inserting or tracking.</summary>
    Task<JobSetting> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Records that the job ran to its end at <paramref name="at"/> and what it counted.</summary>
    Task RecordRunAsync(string id, DateTimeOffset at, int count, CancellationToken cancellationToken = default);
}
