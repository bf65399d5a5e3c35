namespace InvestAid.EntityFrameworkCore.Identity;

/// <summary>
/// A refresh token that has been redeemed (<c>refresh_tokens</c>), shared by every host node: a refresh token is single-use, so
/// the second redemption of the same token finds its row and is refused (and revokes the user's sessions). Written with SQL by the
/// <c>IRefreshTokenStore</c>. <see cref="TokenHash"/> is the SHA-256 (hex) of the token; rows past <see cref="ExpiresAt"/> are swept.
/// </summary>
public sealed class RefreshTokenRecord
{
    public string TokenHash { get; set; } = "";
    public Guid UserId { get; set; }
    public DateTimeOffset UsedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}
