namespace InvestAid.Identity;

/// <summary>What decides whether a user's sessions are still valid: the current security stamp and the lockout end.</summary>
public sealed record UserSessionState(string? SecurityStamp, DateTimeOffset? LockoutEnd);

/// <summary>Reads <see cref="UserSessionState"/> of a user, by primary key (on every request, so kept to one cheap lookup).</summary>
public interface ISessionStateStore
{
    /// <summary>The user's state; null when there is no such user.</summary>
    Task<UserSessionState?> FindAsync(Guid userId, CancellationToken cancellationToken);
}
