namespace InvestAid.Identity;

/// <summary>A member of a group, by name.</summary>
public sealed record GroupMemberDto(Guid Id, string DisplayName);

/// <summary>
/// A group models can name by <see cref="Code"/> (<c>candidateGroups</c>). <see cref="RoleName"/> is set for a role's group:
/// its members are the users with the role (changed on the users page). <see cref="Version"/> goes back in <c>If-Match</c>.
/// </summary>
public sealed record UserGroupDto(
    Guid Id, string Code, string NameVi, string NameEn, string? RoleName, IReadOnlyList<GroupMemberDto> Members, string Version);

/// <summary>A group made by administrators: its code (as models name it), names and members (user ids).</summary>
public sealed record UserGroupInput(string Code, string NameVi, string? NameEn, IReadOnlyList<Guid>? MemberIds);

/// <summary>
/// A user id (<see cref="IdentityKind.User"/>) or group id named in models, mapped to one of our users or groups; for every
/// model (<see cref="DefinitionKey"/> null) or for one definition key (which wins over the global mapping).
/// </summary>
public sealed record IdentityMappingDto(
    Guid Id, IdentityKind Kind, string ExternalId, string? DefinitionKey, Guid? UserId, string? UserName, Guid? GroupId, string? GroupName,
    string Version);

public sealed record IdentityMappingInput(IdentityKind Kind, string ExternalId, string? DefinitionKey, Guid? UserId, Guid? GroupId);
