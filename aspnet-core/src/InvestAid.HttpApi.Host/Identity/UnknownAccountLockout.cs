using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Npgsql;

namespace InvestAid.Identity;

/// <summary>
/// Failed sign-ins for e-mails that have no account, counted and locked out exactly as Identity does for real accounts,
/// so that a brute-force run cannot tell which e-mails exist (401 … 401, then 423 at the fifth failure either way).
/// The same password hash is checked either way, so the answer's timing does not tell either.
/// </summary>
/// <remarks>
/// The count is kept in PostgreSQL (<c>unknown_login_failures</c>, one row per e-mail, under the SHA-256 of the normalised
/// e-mail so that no guessed address is stored), so every host node counts together, as Identity's own counter on the
/// <c>users</c> row does: behind a load balancer an unknown e-mail locks at the fifth failure too. A row not touched for twice
/// the lockout is forgotten (as a count that slid out of a cache) and rows older than that are swept now and then.
/// </remarks>
public sealed class UnknownAccountLockout(
    [FromKeyedServices(UnknownAccountLockout.DataSourceKey)] NpgsqlDataSource db, TimeProvider clock, Microsoft.Extensions.Options.IOptions<PasswordHasherOptions> hashing)
{
    public const string DataSourceKey = "identity.unknown-accounts";

    // Identity's own hasher with the same options (it is registered scoped; this is a singleton).
    private readonly PasswordHasher<AppUser> _hasher = new(hashing);
    private string? _decoyHash;

    /// <summary>Spends the time of a real password check, then counts the failure; true when the e-mail is (now) "locked out".</summary>
    public async Task<bool> FailAsync(string email, string password, CancellationToken cancellationToken = default)
    {
        _decoyHash ??= _hasher.HashPassword(new AppUser(), Guid.NewGuid().ToString("N"));
        _ = _hasher.VerifyHashedPassword(new AppUser(), _decoyHash, password);
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToUpperInvariant())));
        var now = clock.GetUtcNow();
        var forgetBefore = now - AccountConsts.LockoutDuration * 2;

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
        int failures;
        DateTimeOffset? lockedUntil;
        DateTimeOffset updatedAt;
        await using (var read = new NpgsqlCommand("SELECT failures, locked_until, updated_at FROM unknown_login_failures WHERE key = $1 FOR UPDATE", conn, tx))
        {
            read.Parameters.AddWithValue(key);
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            failures = reader.GetInt32(0);
            lockedUntil = reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1);
            updatedAt = reader.GetFieldValue<DateTimeOffset>(2);
        }
        if (lockedUntil is { } until && until > now)
        {
            await tx.CommitAsync(cancellationToken);
            return true;
        }
        var count = lockedUntil is null && updatedAt >= forgetBefore ? failures + 1 : 1;
        var locks = count >= AccountConsts.MaxFailedAccessAttempts;
        await using (var write = new NpgsqlCommand("""
            UPDATE unknown_login_failures SET failures = $2, locked_until = $3, updated_at = $4 WHERE key = $1;
            """, conn, tx))
        {
            write.Parameters.AddWithValue(key);
            write.Parameters.AddWithValue(locks ? 0 : count);
            write.Parameters.Add(new NpgsqlParameter { Value = locks ? now + AccountConsts.LockoutDuration : DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.TimestampTz });
            write.Parameters.AddWithValue(now);
            await write.ExecuteNonQueryAsync(cancellationToken);
        }
        if (Random.Shared.Next(64) == 0)
        {
            await using var sweep = new NpgsqlCommand("DELETE FROM unknown_login_failures WHERE updated_at < $1 AND (locked_until IS NULL OR locked_until < $2)", conn, tx);
            sweep.Parameters.AddWithValue(forgetBefore);
            sweep.Parameters.AddWithValue(now);
            await sweep.ExecuteNonQueryAsync(cancellationToken);
        }
        await tx.CommitAsync(cancellationToken);
        return locks;
    }
}
