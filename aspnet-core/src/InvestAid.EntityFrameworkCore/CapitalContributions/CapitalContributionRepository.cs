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
        var all = projects is null;
        // Notices belong to no project: a scope narrowed to projects holds none of them (as FdiReportSql's "@all").
        var items = db.CapitalContributions.AsNoTracking().Where(_ => all);
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
            .Skip((query.PageNumber - 1) * query.Size).Take(query.Size).ToListAsync(cancellationToken);
        return new PagedResult<CapitalContributionDto>(page.Select(CapitalContributionAppService.ToDto).ToList(), total, query.PageNumber, query.Size);
    }
}
