namespace InvestAid.EntityFrameworkCore.Identity;

/// <summary>
/// Failed sign-ins for an e-mail that has no account (<c>unknown_login_failures</c>), shared by every host node; written with SQL
/// by the host's <c>UnknownAccountLockout</c>. <see cref="Key"/> is the SHA-256 (hex) of the upper-cased e-mail.
/// </summary>
public sealed class UnknownLoginFailure
{
    public string Key { get; set; } = "";
    public int Failures { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
