using InvestAid.Common;

namespace InvestAid.Notifications;

/// <summary>The mail outbox, for administrators: failed mails stay here, visible, until someone sends them again.</summary>
public interface IOutboxMailStore
{
    Task<PagedResult<OutboxMailDto>> ListAsync(MailStatus? status, int page, int pageSize, CancellationToken cancellationToken = default);
    Task<OutboxMail?> FindAsync(Guid id, CancellationToken cancellationToken = default);
}
