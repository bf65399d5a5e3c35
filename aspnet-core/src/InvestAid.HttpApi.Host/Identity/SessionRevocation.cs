using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace InvestAid.Identity;

/// <summary>
/// Whether a signed-in principal (bearer token or cookie) is still a valid session: the security stamp it was issued with is the
/// user's current one and the account is not locked out (docs/security.md, "Sessions"). Logout, lockout, a password change, and
/// any code that calls <c>UserManager.UpdateSecurityStampAsync</c> (user administration after a role change, disabling, a
/// password reset) end every session of that user, on every node, within <see cref="CacheFor"/>.
/// </summary>
/// <remarks>One primary-key lookup of <c>users</c> per user and node at most every <see cref="CacheFor"/>.</remarks>
public sealed class SessionValidator(
    ISessionStateStore store,
    IMemoryCache cache,
    IOptions<IdentityOptions> identity,
    TimeProvider clock)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(2);

    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(principal.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType), out var userId))
        {
            return false;
        }
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        var state = await cache.GetOrCreateAsync(CacheKey(userId), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheFor;
            return store.FindAsync(userId, cancellationToken);
        });
        return state is not null
            && string.Equals(state.SecurityStamp, stamp, StringComparison.Ordinal)
            && !(state.LockoutEnd is { } end && end > clock.GetUtcNow());
    }

    /// <summary>Forgets what this node knows of the user (after this node changed the stamp): the next request reads it again.</summary>
    public void Forget(Guid userId) => cache.Remove(CacheKey(userId));

    private static string CacheKey(Guid userId) => "session-state:" + userId.ToString("N");
}

/// <summary>After authentication: a principal whose session was revoked becomes anonymous (so 401), and its cookie is removed.</summary>
public sealed class SessionRevocationMiddleware(RequestDelegate next)
{
    public const string AuthCookieName = "investaid.auth";

    public async Task InvokeAsync(HttpContext http, SessionValidator sessions)
    {
        if (http.User.Identity?.IsAuthenticated == true && !await sessions.IsCurrentAsync(http.User, http.RequestAborted))
        {
            http.User = new ClaimsPrincipal(new ClaimsIdentity());
            if (http.Request.Cookies.ContainsKey(AuthCookieName))
            {
                http.Response.Cookies.Delete(AuthCookieName);
            }
        }
        await next(http);
    }
}
