namespace InvestAid.Identity;

/// <summary>
/// The redeemed refresh tokens, shared by every host node: a token's hash can be written once, so a second redemption, on
/// any node and even at the same instant, fails.
/// </summary>
public interface IRefreshTokenStore
{
    /// <summary>
    /// Writes <paramref name="tokenHash"/> as redeemed now; true the first time, false ever after. With
    /// <paramref name="sweepExpired"/>, also deletes the rows of tokens past their expiry (refused by their own date anyway).
    /// </summary>
    Task<bool> RedeemAsync(string tokenHash, Guid userId, DateTimeOffset now, DateTimeOffset expiresAt, bool sweepExpired, CancellationToken cancellationToken);
}
