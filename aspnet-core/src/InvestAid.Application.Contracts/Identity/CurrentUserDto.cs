namespace InvestAid.Identity;

/// <summary>The signed-in user as the web app sees it; <see cref="Language"/> is the language of what the system sends them (vi or en).</summary>
/// <param name="Roles">The user's roles, for display: what the user may do is <paramref name="Permissions"/>.</param>
/// <param name="Permissions">The permissions (<c>Permissions.*</c> names) whose policies the user's roles pass: the web app offers an action by these.</param>
public sealed record CurrentUserDto(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> Permissions,
    string Language = UserLanguages.Vietnamese);
