namespace InvestAid.Identity;

/// <summary>A project linked to an owner account, named for the screen.</summary>
public sealed record OwnedProjectDto(Guid Id, string Code, string NameVi, string? NameEn);

/// <summary>A user as the administrator sees it: name, e-mail, roles, agency, owned projects, whether it may sign in.</summary>
public sealed record UserAdminDto(
    Guid Id,
    string Email,
    string DisplayName,
    IReadOnlyList<string> Roles,
    string? AgencyCode,
    bool Disabled,
    IReadOnlyList<OwnedProjectDto> Projects);

/// <summary>A new account. The administrator sets the first password and tells the person.</summary>
public sealed record UserCreateInput(string Email, string DisplayName, string Password, IReadOnlyList<string> Roles, string? AgencyCode);

/// <summary>Name, roles, agency and whether the account may sign in.</summary>
public sealed record UserUpdateInput(string DisplayName, IReadOnlyList<string> Roles, string? AgencyCode, bool Disabled);

public sealed record PasswordResetInput(string Password);

/// <summary>The projects an owner account may see and update (replaces the current links).</summary>
public sealed record UserProjectsInput(IReadOnlyList<Guid> ProjectIds);
