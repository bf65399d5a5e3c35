namespace InvestAid.Notifications;

public sealed record JobSettingInput(string Id, string Cron, bool Enabled, decimal? Threshold, int? DelayDays, int? LeadDays, int? RetentionDays = null);
