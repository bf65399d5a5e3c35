using InvestAid.CapitalContributions;
using InvestAid.Common;
using InvestAid.EntityFrameworkCore.Common;
using InvestAid.EntityFrameworkCore.ReferenceData;
using InvestAid.Text;
using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore.CapitalContributions;

public sealed class CapitalContributionRepository(InvestAidDbContext db, ExpectedVersions expected)
    : ICapitalContributionRepository, ICapitalContributionQueries
{
    public Task<CapitalContribution?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.CapitalContributions.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    public void Add(CapitalContribution contribution) => db.CapitalContributions.Add(contribution);

    public void ExpectVersion(CapitalContribution contribution, uint version) => expected.Expect(db, contribution, version);

    public async Task<PagedResult<CapitalContributionDto>> ListAsync(CapitalContributionQuery query, Guid[]? projects, CancellationToken cancellationToken = default)
    {
        var items = db.CapitalContributions.AsNoTracking();
        if (projects is not null)
        {
            // The figure scope, as FdiReportSql's "@all OR c.project_id = ANY(@visible)": a notice linked to no project is in none.
            items = items.Where(c => c.ProjectId != null && projects.Contains(c.ProjectId.Value));
        }
        if (query.Country is { Length: > 0 } country)
        {
            items = items.Where(c => c.CountryCode == country);
        }
        if (query.From is { } from)
        {
            items = items.Where(c => c.Date >= from);
        }
        if (query.To is { } to)
        {
            items = items.Where(c => c.Date <= to);
        }
        foreach (var term in TextFolding.Terms(query.Q))
        {
            var pattern = "%" + ReferenceQueries.EscapeLike(term) + "%";
            items = items.Where(c => EF.Functions.Like(c.SearchText, pattern));
        }
        var total = await items.CountAsync(cancellationToken);
        var page = await items.OrderByDescending(c => c.Date).ThenBy(c => c.Id)
            .Skip((query.PageNumber - 1) * query.Size).Take(query.Size)
            .GroupJoin(db.Projects, c => c.ProjectId, p => (Guid?)p.Id, (c, ps) => new { c, ps })
            .SelectMany(x => x.ps.DefaultIfEmpty(), (x, p) => new { x.c, Code = p == null ? null : p.Code, NameVi = p == null ? null : p.NameVi, NameEn = p == null ? null : p.NameEn })
            .ToListAsync(cancellationToken);
        var dtos = page.OrderByDescending(x => x.c.Date).ThenBy(x => x.c.Id)
            .Select(x => CapitalContributionMapper.ToDto(x.c, x.Code, x.NameVi, x.NameEn)).ToList();
        return new PagedResult<CapitalContributionDto>(dtos, total, query.PageNumber, query.Size);
    }
}
