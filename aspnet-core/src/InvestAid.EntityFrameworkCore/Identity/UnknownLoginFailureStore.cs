using InvestAid.Identity;
using Npgsql;
using NpgsqlTypes;

namespace InvestAid.EntityFrameworkCore.Identity;

/// <summary>The counts of <see cref="UnknownLoginFailure"/> (<c>unknown_login_failures</c>), each changed under its row lock.</summary>
public sealed class UnknownLoginFailureStore(NpgsqlDataSource db) : IUnknownLoginFailureStore
{
    /// <summary>The small pool of the identity tables the host writes with SQL (this counter, refresh tokens, sessions).</summary>
    public const string DataSourceKey = "identity.unknown-accounts";

    public async Task<UnknownLoginFailureCount> ChangeAsync(string key, DateTimeOffset now, Func<UnknownLoginFailureCount, UnknownLoginFailureCount> next,
        DateTimeOffset? forgetBefore, CancellationToken cancellationToken)
    {
        await using var conn = await db.OpenConnectionAsync(cancellationToken);
        await using var tx = await conn.BeginTransactionAsync(cancellationToken);
        // The row exists (a concurrent first failure on another node waits here), then is read and changed under its lock.
        await using (var ensure = new NpgsqlCommand("""
            INSERT INTO unknown_login_failures (key, failures, locked_until, updated_at) VALUES ($1, 0, NULL, $2) ON CONFLICT (key) DO NOTHING;
            """, conn, tx))
        {
            ensure.Parameters.AddWithValue(key);
            ensure.Parameters.AddWithValue(now);
            await ensure.ExecuteNonQueryAsync(cancellationToken);
        }
        UnknownLoginFailureCount current;
        await using (var read = new NpgsqlCommand("SELECT failures, locked_until, updated_at FROM unknown_login_failures WHERE key = $1 FOR UPDATE", conn, tx))
        {
            read.Parameters.AddWithValue(key);
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            current = new(reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1), reader.GetFieldValue<DateTimeOffset>(2));
        }
        var changed = next(current);
        if (changed != current)
        {
            await using var write = new NpgsqlCommand("""
                UPDATE unknown_login_failures SET failures = $2, locked_until = $3, updated_at = $4 WHERE key = $1;
                """, conn, tx);
            write.Parameters.AddWithValue(key);
            write.Parameters.AddWithValue(changed.Failures);
            write.Parameters.Add(new NpgsqlParameter { Value = changed.LockedUntil is { } until ? until : DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
            write.Parameters.AddWithValue(changed.UpdatedAt);
            await write.ExecuteNonQueryAsync(cancellationToken);
        }
        if (forgetBefore is { } before)
        {
            await using var sweep = new NpgsqlCommand("DELETE FROM unknown_login_failures WHERE updated_at < $1 AND (locked_until IS NULL OR locked_until < $2)", conn, tx);
            sweep.Parameters.AddWithValue(before);
            sweep.Parameters.AddWithValue(now);
            await sweep.ExecuteNonQueryAsync(cancellationToken);
        }
        await tx.CommitAsync(cancellationToken);
        return changed;
    }
}
