namespace InvestAid.Workflows.Runtime;

/// <summary>
/// Who performs a command: the user id and the groups (roles, agencies, groups) they belong to. <see cref="UserAliases"/>
/// are the other user ids a model may name this user by (an administrator's identity mapping, e.g. Camunda's
/// <c>demo</c>); the mapped group ids are among <see cref="Groups"/>.
/// </summary>
public sealed record Actor(string UserId, IReadOnlyCollection<string> Groups)
{
    public Actor(string userId, params string[] groups)
        : this(userId, (IReadOnlyCollection<string>)groups)
    {
    }

    public IReadOnlyCollection<string> UserAliases { get; init; } = [];

    /// <summary>The id names this user: their own id or one mapped to them.</summary>
    public bool Is(string? id) =>
        id is not null && (string.Equals(id, UserId, StringComparison.Ordinal) || UserAliases.Contains(id, StringComparer.Ordinal));

    public bool InAnyGroup(IEnumerable<string> groups) => groups.Intersect(Groups, StringComparer.Ordinal).Any();
}
