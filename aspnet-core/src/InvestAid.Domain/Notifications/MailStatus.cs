namespace InvestAid.Notifications;

public enum MailStatus
{
    Pending,
    Sent,
    /// <summary>Gave up after the last allowed attempt; kept, visible, and re-queued only by hand.</summary>
    Failed,
}
