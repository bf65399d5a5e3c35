using InvestAid.Identity;
using Npgsql;

namespace InvestAid.EntityFrameworkCore.Identity;

/// <summary><see cref="IRefreshTokenStore"/> on <c>refresh_tokens</c>: its primary key is the token's hash.</summary>
public sealed class RefreshTokenStore(NpgsqlDataSource db) : IRefreshTokenStore
{
    public async Task<bool> RedeemAsync(string tokenHash, Guid userId, DateTimeOffset now, DateTimeOffset expiresAt, bool sweepExpired, CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand("""
            INSERT INTO refresh_tokens (token_hash, user_id, used_at, expires_at) VALUES ($1, $2, $3, $4) ON CONFLICT (token_hash) DO NOTHING
            """);
        command.Parameters.AddWithValue(tokenHash);
        command.Parameters.AddWithValue(userId);
        command.Parameters.AddWithValue(now);
        command.Parameters.AddWithValue(expiresAt);
        var redeemed = await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        if (sweepExpired)
        {
            await using var sweep = db.CreateCommand("DELETE FROM refresh_tokens WHERE expires_at < $1");
            sweep.Parameters.AddWithValue(now);
            await sweep.ExecuteNonQueryAsync(cancellationToken);
        }
        return redeemed;
    }
}
