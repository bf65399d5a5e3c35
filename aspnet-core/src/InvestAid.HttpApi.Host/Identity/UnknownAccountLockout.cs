using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace InvestAid.Identity;

/// <summary>
/// Failed sign-ins for e-mails that have no account, counted and locked out exactly as Identity does for real accounts,
/// so that a brute-force run cannot tell which e-mails exist (401 … 401, then 423 at the fifth failure either way).
/// The same password hash is checked either way, so the answer's timing does not tell either.
/// </summary>
/// <remarks>
/// The count is kept in PostgreSQL (<see cref="IUnknownLoginFailureStore"/>, one row per e-mail, under the SHA-256 of the normalised
/// e-mail so that no guessed address is stored), so every host node counts together, as Identity's own counter on the
/// <c>users</c> row does: behind a load balancer an unknown e-mail locks at the fifth failure too. A row not touched for twice
/// the lockout is forgotten (as a count that slid out of a cache) and rows older than that are swept now and then.
/// </remarks>
public sealed class UnknownAccountLockout(
    IUnknownLoginFailureStore failures, TimeProvider clock, Microsoft.Extensions.Options.IOptions<PasswordHasherOptions> hashing)
{
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
        var count = await failures.ChangeAsync(key, now, current => Next(current, now, forgetBefore),
            Random.Shared.Next(64) == 0 ? forgetBefore : null, cancellationToken);
        return count.LockedUntil is { } until && until > now;
    }

    /// <summary>
    /// One more failure: a locked count stays as it is; a count not touched since <paramref name="forgetBefore"/> (or whose
    /// lockout ended) starts again at 1; the fifth failure locks for <see cref="AccountConsts.LockoutDuration"/>.
    /// </summary>
    private static UnknownLoginFailureCount Next(UnknownLoginFailureCount current, DateTimeOffset now, DateTimeOffset forgetBefore)
    {
        if (current.LockedUntil is { } until && until > now)
        {
            return current;
        }
        var count = current.LockedUntil is null && current.UpdatedAt >= forgetBefore ? current.Failures + 1 : 1;
        return count >= AccountConsts.MaxFailedAccessAttempts
            ? new UnknownLoginFailureCount(0, now + AccountConsts.LockoutDuration, now)
            : new UnknownLoginFailureCount(count, null, now);
    }
}
