using InvestAid.Validation;
using System.Globalization;
using FluentValidation;
using InvestAid.Common;
using InvestAid.Projects;

namespace InvestAid.Reports;

/// <summary>
/// KPI tiles and chart series for the dashboard, from the same SQL as the monthly summary, over the caller's figure projects
/// (<see cref="ProjectScope.FigureProjects"/>, docs/security.md) as the ODA and NGO reports it reads are.
/// </summary>
public sealed class DashboardService(IFdiReportQueries queries, AidReportService aid, ProjectScopeProvider scopes, TimeProvider clock)
{
    public const int TopCountries = 10;

    public async Task<DashboardDto> GetAsync(DashboardQuery query, CancellationToken ct = default)
    {
        await new DashboardQueryValidator().ValidateAndThrowAsync(query, ct);
        var year = query.Year!.Value;
        var from = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        var today = VietnamTime.Today(clock);
        var asOf = today >= from && today < end ? today : end;
        var projects = (await scopes.CurrentAsync(ct)).FigureProjects;

        var totals = (await queries.FiguresAsync(FdiDimension.Total, from, asOf, projects, ct)).SingleOrDefault()?.Figures ?? FdiFigures.Empty;
        var ngo = await queries.AidCommitmentsAsync([ProjectKind.NgoAid], from, end, projects, ct);
        var oda = await queries.AidCommitmentsAsync([ProjectKind.Oda, ProjectKind.ConcessionalLoan], from, end, projects, ct);
        var odaReport = await aid.OdaAsync(new AidReportQuery { Year = year }, ct);
        var ngoReport = await aid.NgoAsync(new AidReportQuery { Year = year }, ct);
        var kpis = new DashboardKpis(totals.NewProjects, totals.NewCapitalUsd, totals.ValidProjects, totals.ValidCapitalUsd,
            ngo.Count, ngo.ValueUsd, oda.Count, oda.ValueUsd, odaReport.Total.DisbursementRate)
        {
            OdaInImplementation = odaReport.Implementation.InImplementation,
            OdaNewlyStarted = odaReport.Implementation.NewlyStarted,
            OdaCompleted = odaReport.Implementation.Completed,
            OdaPlanForeignVnd = odaReport.Total.PlanVnd,
            OdaPlanCounterpartVnd = odaReport.Total.PlanCounterpartVnd,
            NgoApproved = ngoReport.Approved.Count,
            NgoApprovedUsd = ngoReport.Approved.CommittedUsd,
            NgoInImplementation = ngoReport.Programmes,
            NgoCommitmentInPeriodUsd = ngoReport.Total.CommitmentInPeriodUsd,
        };
        var odaByDonor = odaReport.ByDonor.Select(d =>
        {
            var filter = new Dictionary<string, string>();
            if (d.Kinds.Count == 1)
            {
                filter["kind"] = d.Kinds[0];
            }
            if (d.Code is not null)
            {
                filter["donor"] = d.Code;
            }
            return new DashboardDonorBar(d.Code, d.NameVi, d.NameEn, d.Projects, d.PlanVnd, d.DisbursedVnd, d.PlanUsd, d.DisbursedUsd,
                d.DisbursementRate, filter, Link(filter)) { UsdRateMissing = d.UsdRateMissing };
        }).ToList();

        var monthly = await queries.NewAndAddedByMonthAsync(new DateOnly(year - 1, 1, 1), end, projects, ct);
        var months = Enumerable.Range(1, 12).Select(m =>
        {
            var filter = Filter(new DateOnly(year, m, 1), new DateOnly(year, m, DateTime.DaysInMonth(year, m)), null, null);
            return new DashboardMonth(m,
                monthly.Where(x => x.Year == year && x.Month == m).Sum(x => x.ValueUsd),
                monthly.Where(x => x.Year == year - 1 && x.Month == m).Sum(x => x.ValueUsd),
                filter, Link(filter));
        }).ToList();

        var byCountry = (await queries.FiguresAsync(FdiDimension.Country, from, end, projects, ct))
            .Where(r => r.Code is not null && r.Figures.TotalWithContributionsUsd > 0)
            .Take(TopCountries)
            .Select(r => Slice(r, Filter(from, end, "country", r.Code)))
            .ToList();
        var bySection = (await queries.FiguresAsync(FdiDimension.Section, from, end, projects, ct))
            .Where(r => r.Figures.TotalWithContributionsUsd > 0)
            .Select(r => Slice(r, Filter(from, end, "section", r.Code)))
            .ToList();
        return new DashboardDto(year, asOf, kpis, months, byCountry, bySection, odaByDonor);
    }

    private static DashboardSlice Slice(FdiBreakdownRow r, IReadOnlyDictionary<string, string> filter) =>
        new(r.Code, r.NameVi, r.NameEn, r.Figures.TotalWithContributionsUsd, r.Figures.NewProjects, filter, Link(filter));

    /// <summary>The project list's query parameters (kind, registration dates, and the group's own filter).</summary>
    private static IReadOnlyDictionary<string, string> Filter(DateOnly from, DateOnly to, string? name, string? value)
    {
        var filter = new Dictionary<string, string>
        {
            ["kind"] = nameof(ProjectKind.Fdi),
            ["from"] = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        if (name is not null && value is not null)
        {
            filter[name] = value;
        }
        return filter;
    }

    private static string Link(IReadOnlyDictionary<string, string> filter) =>
        "/projects?" + string.Join('&', filter.Select(f => $"{f.Key}={Uri.EscapeDataString(f.Value)}"));
}

public sealed class DashboardQueryValidator : AbstractValidator<DashboardQuery>
{
    public DashboardQueryValidator() =>
        RuleFor(x => x.Year).NotNull().WithMessageKey("report.dashboardYearRequired")
            .InclusiveBetween(ReportConsts.MinYear, ReportConsts.MaxYear)
            .WithMessageKey("report.dashboardYearRange", ReportConsts.MinYear, ReportConsts.MaxYear);
}
