namespace InvestAid.Identity;

/// <summary>An unknown e-mail's failed sign-ins since <paramref name="UpdatedAt"/>, and the end of its lockout (if locked).</summary>
public sealed record UnknownLoginFailureCount(int Failures, DateTimeOffset? LockedUntil, DateTimeOffset UpdatedAt);
