using InvestAid.Identity;
using InvestAid.Projects;
using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore.Identity;

public sealed class UserDirectory(InvestAidDbContext db) : IUserDirectory
{
    public async Task<(IReadOnlyList<AppUser> Users, int Total)> SearchAsync(string? q, int skip, int take, CancellationToken ct)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = "%" + q.Trim().ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            query = query.Where(u => EF.Functions.ILike(EF.Functions.Unaccent(u.Email!), EF.Functions.Unaccent(term))
                || EF.Functions.ILike(EF.Functions.Unaccent(u.DisplayName), EF.Functions.Unaccent(term)));
        }
        var total = await query.CountAsync(ct);
        var users = await query.OrderBy(u => u.DisplayName).ThenBy(u => u.Email).Skip(skip).Take(take).ToListAsync(ct);
        return (users, total);
    }

    public async Task<ILookup<Guid, (Guid Id, string Code, string NameVi, string? NameEn)>> OwnedAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct)
    {
        var rows = await db.Projects.AsNoTracking()
            .Where(p => p.OwnerUserId != null && userIds.Contains(p.OwnerUserId.Value))
            .OrderBy(p => p.Code)
            .Select(p => new { Owner = p.OwnerUserId!.Value, p.Id, p.Code, p.NameVi, p.NameEn })
            .ToListAsync(ct);
        return rows.ToLookup(r => r.Owner, r => (r.Id, r.Code, r.NameVi, r.NameEn));
    }

    public async Task<IReadOnlyList<Project>> ForRelinkAsync(Guid userId, IReadOnlyCollection<Guid> projectIds, CancellationToken ct) =>
        await db.Projects.Where(p => p.OwnerUserId == userId || projectIds.Contains(p.Id)).ToListAsync(ct);

    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(IReadOnlyCollection<string> emails, CancellationToken ct)
    {
        var normalized = emails.Select(e => e.ToUpperInvariant()).ToList();
        var rows = await db.Users.AsNoTracking()
            .Where(u => u.NormalizedEmail != null && normalized.Contains(u.NormalizedEmail))
            .Select(u => new { u.Email, u.DisplayName })
            .ToListAsync(ct);
        return rows.Where(r => r.Email is not null).ToDictionary(r => r.Email!, r => r.DisplayName, StringComparer.OrdinalIgnoreCase);
    }

    public async Task<IReadOnlyDictionary<Guid, string>> DisplayNamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, string>();
        }
        return await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
    }
}
