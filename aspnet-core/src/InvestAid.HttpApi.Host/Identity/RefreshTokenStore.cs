using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace InvestAid.Identity;

/// <summary>
/// Refresh tokens are single-use: redeeming one writes its SHA-256 into <c>refresh_tokens</c> (PostgreSQL, shared by every node);
/// the primary key makes a second redemption, on any node and even at the same instant, fail.
/// </summary>
public sealed class RefreshTokenStore([FromKeyedServices(UnknownAccountLockout.DataSourceKey)] NpgsqlDataSource db, TimeProvider clock)
{
    /// <summary>True the first time <paramref name="refreshToken"/> is redeemed, false ever after.</summary>
    public async Task<bool> RedeemAsync(string refreshToken, Guid userId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(refreshToken)));
        var now = clock.GetUtcNow();
        await using var command = db.CreateCommand("""
            INSERT INTO refresh_tokens (token_hash, user_id, used_at, expires_at) VALUES ($1, $2, $3, $4) ON CONFLICT (token_hash) DO NOTHING
            """);
        command.Parameters.AddWithValue(hash);
        command.Parameters.AddWithValue(userId);
        command.Parameters.AddWithValue(now);
        command.Parameters.AddWithValue(expiresAt);
        var redeemed = await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        if (Random.Shared.Next(64) == 0)
        {
            // A used token past its expiry is refused by its own date anyway: its row can go.
            await using var sweep = db.CreateCommand("DELETE FROM refresh_tokens WHERE expires_at < $1");
            sweep.Parameters.AddWithValue(now);
            await sweep.ExecuteNonQueryAsync(cancellationToken);
        }
        return redeemed;
    }
}
