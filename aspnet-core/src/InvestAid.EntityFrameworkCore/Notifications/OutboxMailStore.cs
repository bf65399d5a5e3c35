using InvestAid.Common;
using InvestAid.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace InvestAid.EntityFrameworkCore.Notifications;

public sealed class OutboxMailStore(InvestAidDbContext db, [FromKeyedServices(NotificationsServiceCollectionExtensions.DataSourceKey)] NpgsqlDataSource dataSource)
    : IOutboxMailStore
{
    public async Task<PagedResult<OutboxMailDto>> ListAsync(MailStatus? status, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var mails = db.Set<OutboxMail>().AsNoTracking();
        if (status is { } s)
        {
            mails = mails.Where(m => m.Status == s);
        }
        var total = await mails.CountAsync(cancellationToken);
        var items = await mails
            .OrderByDescending(m => m.CreatedAt).ThenBy(m => m.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Join(db.Set<Notification>(), m => m.NotificationId, n => n.Id, (m, n) => new OutboxMailDto(
                m.Id, m.ToAddress, n.Title, m.Status.ToString(), m.Attempts, m.LastError, m.NextAttemptAt, m.CreatedAt, m.SentAt))
            .ToListAsync(cancellationToken);
        return new PagedResult<OutboxMailDto>(items, total, page, pageSize);
    }

    public Task<OutboxMail?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Set<OutboxMail>().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);

    public async Task<IOutboxMailBatch> ClaimDueAsync(DateTimeOffset now, int batchSize, CancellationToken cancellationToken = default) =>
        await OutboxMailBatch.ClaimAsync(dataSource, now, batchSize, cancellationToken);
}
