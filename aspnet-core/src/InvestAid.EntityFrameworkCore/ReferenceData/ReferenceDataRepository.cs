using InvestAid.EntityFrameworkCore.Common;
using InvestAid.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore.ReferenceData;

public sealed class ReferenceDataRepository(InvestAidDbContext db, ExpectedVersions expected) : IReferenceDataRepository, IReferenceCodeQueries
{
    public Task<ReferenceItem?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.ReferenceItems.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    public Task<ReferenceItem?> FindByCodeAsync(ReferenceKind kind, string code, CancellationToken cancellationToken = default) =>
        db.ReferenceItems.FirstOrDefaultAsync(r => r.Kind == kind && r.Code == code, cancellationToken);

    public async Task<IReadOnlySet<string>> MissingCodesAsync(ReferenceKind kind, IEnumerable<string> codes, CancellationToken cancellationToken = default)
    {
        var wanted = codes.Distinct().ToList();
        var found = await db.ReferenceItems.Where(r => r.Kind == kind && wanted.Contains(r.Code)).Select(r => r.Code).ToListAsync(cancellationToken);
        return wanted.Except(found).ToHashSet();
    }

    public async Task<IReadOnlyDictionary<(ReferenceKind Kind, string Code), (string NameVi, string? NameEn)>> NamesAsync(
        IReadOnlyCollection<(ReferenceKind Kind, string Code)> codes, CancellationToken cancellationToken = default)
    {
        if (codes.Count == 0)
        {
            return new Dictionary<(ReferenceKind, string), (string, string?)>();
        }
        var kinds = codes.Select(c => c.Kind).Distinct().ToList();
        var values = codes.Select(c => c.Code).Distinct().ToList();
        var wanted = codes.ToHashSet();
        var rows = await db.ReferenceItems.AsNoTracking()
            .Where(r => kinds.Contains(r.Kind) && values.Contains(r.Code))
            .Select(r => new { r.Kind, r.Code, r.NameVi, r.NameEn })
            .ToListAsync(cancellationToken);
        return rows.Where(r => wanted.Contains((r.Kind, r.Code))).ToDictionary(r => (r.Kind, r.Code), r => (r.NameVi, (string?)r.NameEn));
    }

    public void Add(ReferenceItem item) => db.ReferenceItems.Add(item);

    public void ExpectVersion(ReferenceItem item, uint version) => expected.Expect(db, item, version);

    public async Task<ReferenceCodeSet> LoadAsync(IReadOnlyCollection<ReferenceKind> kinds, CancellationToken cancellationToken = default)
    {
        var rows = await db.ReferenceItems.AsNoTracking()
            .Where(r => kinds.Contains(r.Kind) && r.IsActive)
            .Select(r => new { r.Kind, r.Code })
            .ToListAsync(cancellationToken);
        return new ReferenceCodeSet(rows.GroupBy(r => r.Kind)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Code).ToHashSet(StringComparer.Ordinal)));
    }
}
