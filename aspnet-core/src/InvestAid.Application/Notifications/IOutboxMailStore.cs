using InvestAid.Common;

namespace InvestAid.Notifications;

/// <summary>The mail outbox: for administrators, failed mails stay here, visible, until someone sends them again; for the sender, the due mails.</summary>
public interface IOutboxMailStore
{
    Task<PagedResult<OutboxMailDto>> ListAsync(MailStatus? status, int page, int pageSize, CancellationToken cancellationToken = default);
    Task<OutboxMail?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Claims up to <paramref name="batchSize"/> pending mails due at <paramref name="now"/>, oldest due first, skipping rows another sender holds.</summary>
    Task<IOutboxMailBatch> ClaimDueAsync(DateTimeOffset now, int batchSize, CancellationToken cancellationToken = default);
}
