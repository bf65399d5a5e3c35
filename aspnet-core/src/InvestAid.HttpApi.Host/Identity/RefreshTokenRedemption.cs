using System.Security.Cryptography;
using System.Text;

namespace InvestAid.Identity;

/// <summary>
/// Refresh tokens are single-use: redeeming one writes its SHA-256 through <see cref="IRefreshTokenStore"/> (PostgreSQL, shared by
/// every node), which refuses a second redemption, on any node and even at the same instant.
/// </summary>
public sealed class RefreshTokenRedemption(IRefreshTokenStore store, TimeProvider clock)
{
    /// <summary>True the first time <paramref name="refreshToken"/> is redeemed, false ever after.</summary>
    public Task<bool> RedeemAsync(string refreshToken, Guid userId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(refreshToken)));
        // Now and then, the rows of expired tokens go with it.
        return store.RedeemAsync(hash, userId, clock.GetUtcNow(), expiresAt, sweepExpired: Random.Shared.Next(64) == 0, cancellationToken);
    }
}
