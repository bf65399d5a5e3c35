namespace InvestAid.Identity;

/// <summary>The signed-in user as the web app sees it.</summary>
public sealed record CurrentUserDto(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles);
