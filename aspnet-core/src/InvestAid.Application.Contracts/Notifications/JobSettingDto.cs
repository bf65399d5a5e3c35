namespace InvestAid.Notifications;

/// <summary>A recurring job's schedule (cron in Asia/Ho_Chi_Minh) and thresholds.</summary>
public sealed record JobSettingDto(string Id, string Cron, bool Enabled, decimal? Threshold, int? DelayDays, int? LeadDays, DateTimeOffset UpdatedAt);
