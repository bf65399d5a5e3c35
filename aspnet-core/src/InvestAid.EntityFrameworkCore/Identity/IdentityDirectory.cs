using InvestAid.Dossiers;
using InvestAid.EntityFrameworkCore.Common;
using InvestAid.Identity;
using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore.Identity;

public sealed class IdentityDirectory(InvestAidDbContext db, TimeProvider clock) : IIdentityDirectory
{
    public async Task<IdentitySnapshot> LoadAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var users = await db.Users.AsNoTracking()
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.LockoutEnd }).ToListAsync(cancellationToken);
        var roles = (await db.Set<Microsoft.AspNetCore.Identity.IdentityUserRole<Guid>>().AsNoTracking()
                .Join(db.Roles.AsNoTracking(), ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.UserId, r => r.Name ?? "");
        var agencies = (await db.UserClaims.AsNoTracking().Where(c => c.ClaimType == AgencyClaims.ClaimType)
                .Select(c => new { c.UserId, c.ClaimValue }).ToListAsync(cancellationToken))
            .ToLookup(c => c.UserId, c => c.ClaimValue);
        var groups = await db.UserGroups.AsNoTracking().OrderBy(g => g.Code).ToListAsync(cancellationToken);
        var mappings = await db.IdentityMappings.AsNoTracking().ToListAsync(cancellationToken);
        return new IdentitySnapshot(
            [.. users.Select(u => new DirectoryUser(u.Id, u.UserName ?? "", u.DisplayName,
                // An account is disabled by a lockout to the end of time (UserAdminAppService); a short lockout is not that.
                u.LockoutEnd is { } end && end > now.AddYears(100), [.. roles[u.Id]], agencies[u.Id].FirstOrDefault()))],
            groups, mappings);
    }

    /// <summary>The stamp the migration's triggers keep (<c>IdentityDirectoryVersionStamp</c>); 0 while its row is missing (no change since it was deleted).</summary>
    public async Task<long> VersionAsync(CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<long>($"SELECT coalesce((SELECT version FROM identity_version WHERE id = 1), 0) AS \"Value\"").SingleAsync(cancellationToken);
}

public sealed class UserGroupRepository(InvestAidDbContext db, ExpectedVersions expected) : IUserGroupRepository
{
    public Task<UserGroup?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.UserGroups.FirstOrDefaultAsync(g => g.Id == id, cancellationToken);

    public Task<UserGroup?> FindByCodeAsync(string code, CancellationToken cancellationToken) =>
        db.UserGroups.FirstOrDefaultAsync(g => g.Code == code, cancellationToken);

    public async Task<IReadOnlyList<UserGroup>> ListAsync(CancellationToken cancellationToken) =>
        await db.UserGroups.AsNoTracking().OrderBy(g => g.Code).ToListAsync(cancellationToken);

    public void Add(UserGroup group) => db.UserGroups.Add(group);

    public void Remove(UserGroup group) => db.UserGroups.Remove(group);

    public void ExpectVersion(UserGroup group, uint version) => expected.Expect(db, group, version);
}

public sealed class IdentityMappingRepository(InvestAidDbContext db, ExpectedVersions expected) : IIdentityMappingRepository
{
    public Task<IdentityMapping?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.IdentityMappings.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);

    public Task<IdentityMapping?> FindAsync(IdentityKind kind, string externalId, string? definitionKey, CancellationToken cancellationToken) =>
        db.IdentityMappings.FirstOrDefaultAsync(m => m.Kind == kind && m.ExternalId == externalId && m.DefinitionKey == definitionKey, cancellationToken);

    public void Add(IdentityMapping mapping) => db.IdentityMappings.Add(mapping);

    public void Remove(IdentityMapping mapping) => db.IdentityMappings.Remove(mapping);

    public void ExpectVersion(IdentityMapping mapping, uint version) => expected.Expect(db, mapping, version);
}
