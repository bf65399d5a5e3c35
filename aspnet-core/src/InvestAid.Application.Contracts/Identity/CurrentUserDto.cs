namespace InvestAid.Identity;

/// <summary>The signed-in user as the web app sees it; <see cref="Language"/> is the language of what the system sends them (vi or en).</summary>
public sealed record CurrentUserDto(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles, string Language = UserLanguages.Vietnamese);
