namespace InvestAid.Identity;

/// <summary>A user as identity resolution needs it: user name (the id tasks name), display name, roles, agency.</summary>
public sealed record DirectoryUser(Guid Id, string UserName, string DisplayName, bool Disabled, IReadOnlyList<string> Roles, string? AgencyCode);

/// <summary>Everyone, every group and every identity mapping (small tables: a department's staff).</summary>
public sealed record IdentitySnapshot(IReadOnlyList<DirectoryUser> Users, IReadOnlyList<UserGroup> Groups, IReadOnlyList<IdentityMapping> Mappings);

/// <summary>Reads users, groups and identity mappings at once, untracked.</summary>
public interface IIdentityDirectory
{
    Task<IdentitySnapshot> LoadAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The directory's version stamp: a value that changes, in the same transaction, with every change of what
    /// <see cref="LoadAsync"/> reads (users' names and lockouts, roles, agencies, groups, mappings), and never comes back.
    /// </summary>
    Task<long> VersionAsync(CancellationToken cancellationToken);
}

public interface IUserGroupRepository
{
    Task<UserGroup?> FindAsync(Guid id, CancellationToken cancellationToken);
    Task<UserGroup?> FindByCodeAsync(string code, CancellationToken cancellationToken);
    Task<IReadOnlyList<UserGroup>> ListAsync(CancellationToken cancellationToken);
    void Add(UserGroup group);
    void Remove(UserGroup group);
    void ExpectVersion(UserGroup group, uint version);
}

public interface IIdentityMappingRepository
{
    Task<IdentityMapping?> FindAsync(Guid id, CancellationToken cancellationToken);
    Task<IdentityMapping?> FindAsync(IdentityKind kind, string externalId, string? definitionKey, CancellationToken cancellationToken);
    void Add(IdentityMapping mapping);
    void Remove(IdentityMapping mapping);
    void ExpectVersion(IdentityMapping mapping, uint version);
}
