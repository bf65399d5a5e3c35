namespace InvestAid.Identity;

public static class AccountConsts
{
    public const int MaxEmailLength = 256;
    public const int MaxPasswordLength = 128;
    public const int MaxDisplayNameLength = 128;
    /// <summary>Failed sign-ins before the account is locked out (DESIGN.md section 9).</summary>
    public const int MaxFailedAccessAttempts = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);
    /// <summary>A bearer access token's life; <c>POST /api/account/refresh</c> gives the next one (docs/security.md).</summary>
    public static readonly TimeSpan AccessTokenLifetime = TimeSpan.FromMinutes(15);
    /// <summary>A refresh token's life; each works once.</summary>
    public static readonly TimeSpan RefreshTokenLifetime = TimeSpan.FromDays(14);
}
