namespace InvestAid.Identity;

public static class AccountConsts
{
    public const int MaxEmailLength = 256;
    public const int MaxPasswordLength = 128;
    public const int MaxDisplayNameLength = 128;
    /// <summary>Failed sign-ins before the account is locked out (DESIGN.md section 9).</summary>
    public const int MaxFailedAccessAttempts = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);
}
