using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;

namespace InvestAid.Identity;

/// <summary>
/// Failed sign-ins for e-mails that have no account, counted and locked out exactly as Identity does for real accounts,
/// so that a brute-force run cannot tell which e-mails exist (401 … 401, then 423 at the fifth failure either way).
/// The same password hash is checked either way, so the answer's timing does not tell either.
/// </summary>
/// <remarks>
/// Kept in this node's memory, bounded in entries: it protects against enumeration, it is not state another node needs.
/// Behind a load balancer a guesser spread over N nodes sees the unknown e-mail lock after up to 5 × N failures.
/// </remarks>
public sealed class UnknownAccountLockout(TimeProvider clock, Microsoft.Extensions.Options.IOptions<PasswordHasherOptions> hashing) : IDisposable
{
    // Identity's own hasher with the same options (it is registered scoped; this is a singleton).
    private readonly PasswordHasher<AppUser> _hasher = new(hashing);

    private readonly MemoryCache _failures = new(new MemoryCacheOptions { SizeLimit = 100_000 });
    private string? _decoyHash;

    /// <summary>Spends the time of a real password check, then counts the failure; true when the e-mail is (now) "locked out".</summary>
    public bool Fail(string email, string password)
    {
        _decoyHash ??= _hasher.HashPassword(new AppUser(), Guid.NewGuid().ToString("N"));
        _ = _hasher.VerifyHashedPassword(new AppUser(), _decoyHash, password);
        var key = email.Trim().ToUpperInvariant();
        var now = clock.GetUtcNow();
        lock (_failures)
        {
            var state = _failures.Get<State>(key) ?? new State(0, null);
            if (state.LockedUntil is { } until && until > now)
            {
                return true;
            }
            var count = state.LockedUntil is null ? state.Count + 1 : 1;
            var next = count >= AccountConsts.MaxFailedAccessAttempts
                ? new State(0, now + AccountConsts.LockoutDuration)
                : new State(count, null);
            _failures.Set(key, next, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = AccountConsts.LockoutDuration * 2 });
            return next.LockedUntil is not null;
        }
    }

    public void Dispose() => _failures.Dispose();

    private sealed record State(int Count, DateTimeOffset? LockedUntil);
}
