namespace InvestAid.Workflows.Runtime;

/// <summary>Who performs a command: the user id and the groups (roles, agencies) they belong to.</summary>
public sealed record Actor(string UserId, IReadOnlyCollection<string> Groups)
{
    public Actor(string userId, params string[] groups)
        : this(userId, (IReadOnlyCollection<string>)groups)
    {
    }
}
