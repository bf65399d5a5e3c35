namespace InvestAid.Notifications;

/// <summary>
/// A recurring job's schedule (cron in Asia/Ho_Chi_Minh) and thresholds; <see cref="RetentionDays"/> (history clean-up) and the last
/// run with its count for the jobs that record one.
/// </summary>
public sealed record JobSettingDto(
    string Id, string Cron, bool Enabled, decimal? Threshold, int? DelayDays, int? LeadDays, DateTimeOffset UpdatedAt,
    int? RetentionDays = null, DateTimeOffset? LastRunAt = null, int? LastRunCount = null);
