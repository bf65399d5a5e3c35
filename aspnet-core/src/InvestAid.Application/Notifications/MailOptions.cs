namespace InvestAid.Notifications;

/// <summary>SMTP settings (section <c>Smtp</c>) and the retry policy of the outbox.</summary>
public sealed class MailOptions
{
    public string Host { get; set; } = "127.0.0.1";
    public int Port { get; set; } = 2525;
    public bool UseStartTls { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string FromAddress { get; set; } = "no-reply@investaid.local";
    public string FromName { get; set; } = "InvestAid — Sở Tài chính";
    /// <summary>After this many failed attempts a mail stays <c>Failed</c>.</summary>
    public int MaxAttempts { get; set; } = 6;
    /// <summary>The first retry waits this long; each next one twice as long.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMinutes(1);
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);
    public int BatchSize { get; set; } = 200;
}
