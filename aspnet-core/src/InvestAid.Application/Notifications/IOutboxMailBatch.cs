namespace InvestAid.Notifications;

/// <summary>
/// Due outbox rows claimed in one transaction (no other sender sees them until it ends); each outcome is recorded in
/// the same transaction, and <see cref="CommitAsync"/> ends it. Disposing without commit releases the rows unchanged.
/// </summary>
public interface IOutboxMailBatch : IAsyncDisposable
{
    IReadOnlyList<DueOutboxMail> Mails { get; }

    Task MarkSentAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken);

    /// <param name="failed">True: no more attempts (<see cref="MailStatus.Failed"/>); false: stays pending until <paramref name="nextAttemptAt"/>.</param>
    Task MarkAttemptFailedAsync(Guid id, DateTimeOffset nextAttemptAt, bool failed, string error, CancellationToken cancellationToken);

    Task CommitAsync(CancellationToken cancellationToken);
}
