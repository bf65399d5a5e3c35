namespace InvestAid.Notifications;

/// <summary>An open connection to the mail server; disposing it disconnects.</summary>
public interface IMailSession : IAsyncDisposable
{
    Task SendAsync(OutboxMessage message, CancellationToken cancellationToken);
}
