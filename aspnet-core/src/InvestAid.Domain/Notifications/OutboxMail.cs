using InvestAid.Common;

namespace InvestAid.Notifications;

/// <summary>
/// One e-mail to send (the outbox): the notification it carries and the address. The sender claims due rows,
/// sends, and records the outcome; a failure is retried with back-off and, after the last attempt, stays as failed.
/// </summary>
public sealed class OutboxMail : Entity
{
    private OutboxMail() { }

    public Guid NotificationId { get; private set; }
    public string ToAddress { get; private set; } = "";
    public MailStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>An administrator sends a mail that failed every attempt once more, from now on.</summary>
    public void Requeue(DateTimeOffset now)
    {
        if (Status != MailStatus.Failed)
        {
            throw new DomainException(Errors.ErrorCodes.Conflict, "Chỉ gửi lại được thư đã gửi thất bại.");
        }
        Status = MailStatus.Pending;
        Attempts = 0;
        NextAttemptAt = now;
    }
}
