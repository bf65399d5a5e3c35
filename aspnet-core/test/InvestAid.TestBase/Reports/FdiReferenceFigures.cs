using InvestAid.CapitalContributions;
using InvestAid.Projects;
using InvestAid.ReferenceData;
using InvestAid.ReferenceData.Catalog;
using InvestAid.Reports;

namespace InvestAid.TestBase.Reports;

/// <summary>
/// The slow, obvious computation of the monthly FDI figures, project by project through <see cref="CapitalLedger"/>:
/// what the SQL must agree with. Groups whose figures are all zero are left out.
/// </summary>
public static class FdiReferenceFigures
{
    public static Dictionary<string, FdiFigures> Compute(IEnumerable<Project> projects, IEnumerable<CapitalContribution> contributions,
        FdiDimension dimension, DateOnly from, DateOnly to)
    {
        var groups = new Dictionary<string, FdiFigures>();
        foreach (var p in projects.Where(p => p.Kind == ProjectKind.Fdi))
        {
            var key = ProjectKey(p, dimension) ?? "";
            var effective = CapitalLedger.Effective(p.CapitalEvents).ToList();
            var inPeriod = effective.Where(e => e.EffectiveDate >= from && e.EffectiveDate <= to).ToList();
            var news = inPeriod.Where(e => e.Type == CapitalEventType.NewRegistration).ToList();
            var adjustments = inPeriod.Where(e => e.Type == CapitalEventType.Adjustment).ToList();
            var increases = adjustments.Where(e => e.CapitalChangeUsd > 0).ToList();
            var decreases = adjustments.Where(e => e.CapitalChangeUsd < 0).ToList();
            var state = CapitalLedger.StateAsOf(p.CapitalEvents, to);
            var terminatedInPeriod = state.TerminatedOn is { } t && t >= from;
            var f = groups.GetValueOrDefault(key) ?? FdiFigures.Empty;
            groups[key] = Add(f, new FdiFigures
            {
                NewProjects = news.Count,
                NewCapitalUsd = news.Sum(e => e.CapitalChangeUsd),
                AdjustedProjects = adjustments.Count > 0 ? 1 : 0,
                IncreaseCount = increases.Count,
                IncreaseCapitalUsd = increases.Sum(e => e.CapitalChangeUsd),
                DecreaseCount = decreases.Count,
                DecreaseCapitalUsd = -decreases.Sum(e => e.CapitalChangeUsd),
                TerminatedProjects = terminatedInPeriod ? 1 : 0,
                TerminatedCapitalUsd = terminatedInPeriod ? CapitalLedger.StateAsOf(p.CapitalEvents, state.TerminatedOn!.Value).RegisteredCapitalUsd : 0m,
                ValidProjects = state.IsValid ? 1 : 0,
                ValidCapitalUsd = state.IsValid ? state.RegisteredCapitalUsd : 0m,
            });
        }
        foreach (var c in contributions.Where(c => c.Date >= from && c.Date <= to))
        {
            var key = ContributionKey(c, dimension) ?? "";
            groups[key] = Add(groups.GetValueOrDefault(key) ?? FdiFigures.Empty, new FdiFigures { ContributionCount = 1, ContributionValueUsd = c.ValueUsd });
        }
        return groups
            .Select(g => (g.Key, Figures: g.Value with
            {
                TotalNewAndAddedUsd = g.Value.NewCapitalUsd + g.Value.IncreaseCapitalUsd,
                TotalWithContributionsUsd = g.Value.NewCapitalUsd + g.Value.IncreaseCapitalUsd + g.Value.ContributionValueUsd,
            }))
            .Where(g => !IsZero(g.Figures))
            .ToDictionary(g => g.Key, g => g.Figures);
    }

    public static bool IsZero(FdiFigures f) => FdiFigures.Fields.All(x => x.Value(f) == 0m);

    public static string? ProjectKey(Project p, FdiDimension dimension) => dimension switch
    {
        FdiDimension.Total => "",
        FdiDimension.Country => p.Investors.Count > 0 ? p.Investors[0].CountryCode : null,
        FdiDimension.Section => Section(p.SectorCode),
        FdiDimension.Commune => p.CommuneCode,
        FdiDimension.IndustrialZone => p.IndustrialZoneCode,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };

    private static string? ContributionKey(CapitalContribution c, FdiDimension dimension) => dimension switch
    {
        FdiDimension.Total => "",
        FdiDimension.Country => c.CountryCode,
        FdiDimension.Section => Section(c.SectorCode),
        FdiDimension.Commune => c.CommuneCode,
        FdiDimension.IndustrialZone => c.IndustrialZoneCode,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };

    private static string? Section(string? sector) =>
        sector is { Length: 1 } ? sector
        : ReferenceCatalog.Contains(ReferenceKind.VsicDivision, sector) ? ReferenceCatalog.Get(ReferenceKind.VsicDivision, sector!).Data.ParentCode
        : null;

    private static FdiFigures Add(FdiFigures a, FdiFigures b) => new()
    {
        NewProjects = a.NewProjects + b.NewProjects,
        NewCapitalUsd = a.NewCapitalUsd + b.NewCapitalUsd,
        AdjustedProjects = a.AdjustedProjects + b.AdjustedProjects,
        IncreaseCount = a.IncreaseCount + b.IncreaseCount,
        IncreaseCapitalUsd = a.IncreaseCapitalUsd + b.IncreaseCapitalUsd,
        DecreaseCount = a.DecreaseCount + b.DecreaseCount,
        DecreaseCapitalUsd = a.DecreaseCapitalUsd + b.DecreaseCapitalUsd,
        ContributionCount = a.ContributionCount + b.ContributionCount,
        ContributionValueUsd = a.ContributionValueUsd + b.ContributionValueUsd,
        TerminatedProjects = a.TerminatedProjects + b.TerminatedProjects,
        TerminatedCapitalUsd = a.TerminatedCapitalUsd + b.TerminatedCapitalUsd,
        ValidProjects = a.ValidProjects + b.ValidProjects,
        ValidCapitalUsd = a.ValidCapitalUsd + b.ValidCapitalUsd,
    };
}
