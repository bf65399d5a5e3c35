using InvestAid.Notifications;
using Npgsql;

namespace InvestAid.EntityFrameworkCore.Notifications;

/// <summary>Due outbox rows locked with <c>FOR UPDATE SKIP LOCKED</c> in a transaction that also records each outcome.</summary>
internal sealed class OutboxMailBatch : IOutboxMailBatch
{
    private readonly NpgsqlConnection conn;
    private readonly NpgsqlTransaction tx;

    private OutboxMailBatch(NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<DueOutboxMail> mails)
    {
        this.conn = conn;
        this.tx = tx;
        Mails = mails;
    }

    public IReadOnlyList<DueOutboxMail> Mails { get; }

    public static async Task<OutboxMailBatch> ClaimAsync(NpgsqlDataSource dataSource, DateTimeOffset now, int batchSize, CancellationToken ct)
    {
        var conn = await dataSource.OpenConnectionAsync(ct);
        NpgsqlTransaction? tx = null;
        try
        {
            tx = await conn.BeginTransactionAsync(ct);
            var mails = new List<DueOutboxMail>();
            await using (var cmd = new NpgsqlCommand("""
                SELECT o.id, o.to_address, o.attempts, n.title, n.body, n.link, coalesce(u.language, 'vi')
                FROM mail_outbox o JOIN notifications n ON n.id = o.notification_id LEFT JOIN users u ON u.id = n.user_id
                WHERE o.status = 'Pending' AND o.next_attempt_at <= $1
                ORDER BY o.next_attempt_at
                LIMIT $2
                FOR UPDATE OF o SKIP LOCKED
                """, conn, tx))
            {
                cmd.Parameters.AddWithValue(now);
                cmd.Parameters.AddWithValue(batchSize);
                await using var reader = await cmd.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    mails.Add(new(reader.GetGuid(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3), reader.GetString(4),
                        reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetString(6)));
                }
            }
            return new OutboxMailBatch(conn, tx, mails);
        }
        catch
        {
            if (tx is not null)
            {
                await tx.DisposeAsync();
            }
            await conn.DisposeAsync();
            throw;
        }
    }

    public async Task MarkSentAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var update = new NpgsqlCommand(
            "UPDATE mail_outbox SET status = 'Sent', attempts = attempts + 1, sent_at = $2, last_error = NULL WHERE id = $1", conn, tx);
        update.Parameters.AddWithValue(id);
        update.Parameters.AddWithValue(now);
        await update.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task MarkAttemptFailedAsync(Guid id, DateTimeOffset nextAttemptAt, bool failed, string error, CancellationToken cancellationToken)
    {
        await using var update = new NpgsqlCommand(
            "UPDATE mail_outbox SET status = $3, attempts = attempts + 1, next_attempt_at = $2, last_error = $4 WHERE id = $1", conn, tx);
        update.Parameters.AddWithValue(id);
        update.Parameters.AddWithValue(nextAttemptAt);
        update.Parameters.AddWithValue(failed ? nameof(MailStatus.Failed) : nameof(MailStatus.Pending));
        update.Parameters.AddWithValue(error);
        await update.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task CommitAsync(CancellationToken cancellationToken) => tx.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await tx.DisposeAsync();
        await conn.DisposeAsync();
    }
}
