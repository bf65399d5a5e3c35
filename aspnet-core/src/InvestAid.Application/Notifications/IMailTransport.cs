namespace InvestAid.Notifications;

/// <summary>Sends e-mails (SMTP in production and tests); one session per outbox batch.</summary>
public interface IMailTransport
{
    /// <summary>Connects (and authenticates); an exception means no mail of the batch can go.</summary>
    Task<IMailSession> ConnectAsync(CancellationToken cancellationToken);
}
