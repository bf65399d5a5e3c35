using InvestAid.Common;
using InvestAid.ReferenceData;
using InvestAid.Text;
using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore.ReferenceData;

public sealed class ReferenceQueries(InvestAidDbContext db) : IReferenceQueries
{
    public async Task<PagedResult<ReferenceItemDto>> ListAsync(ReferenceKind kind, ReferenceQuery query, CancellationToken cancellationToken = default)
    {
        var items = db.ReferenceItems.AsNoTracking().Where(r => r.Kind == kind);
        if (query.IncludeInactive != true)
        {
            items = items.Where(r => r.IsActive);
        }
        if (query.Parent is { Length: > 0 } parent)
        {
            items = items.Where(r => r.ParentCode == parent);
        }
        if (query.On is { } on)
        {
            items = items.Where(r => (r.EffectiveFrom == null || r.EffectiveFrom <= on) && (r.EffectiveTo == null || r.EffectiveTo >= on));
        }
        foreach (var term in TextFolding.Terms(query.Q))
        {
            var pattern = "%" + EscapeLike(term) + "%";
            items = items.Where(r => EF.Functions.Like(r.SearchText, pattern));
        }
        var total = await items.CountAsync(cancellationToken);
        var page = await items.OrderBy(r => r.SortOrder).ThenBy(r => r.Code)
            .Skip((query.PageNumber - 1) * query.Size).Take(query.Size)
            .ToListAsync(cancellationToken);
        return new PagedResult<ReferenceItemDto>(page.Select(ReferenceDataMapper.ToDto).ToList(), total, query.PageNumber, query.Size);
    }

    internal static string EscapeLike(string s) => s.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
