using System.Text.Json;
using FluentValidation;
using InvestAid.Common;
using InvestAid.Errors;

namespace InvestAid.Reports;

/// <summary>
/// The monthly FDI summary: computed from the ledger, or — for a published month — the frozen figures with
/// the revision that recomputing now would bring. A published figure never changes by itself.
/// </summary>
/// <remarks>
/// The figures follow the caller's figure scope (<see cref="Projects.ProjectScope.FigureProjects"/>, docs/security.md): an owner or
/// agency gets them computed live over its own projects, never the province-wide frozen snapshot; publishing is province-wide.
/// </remarks>
public sealed class FdiMonthlyReportService(
    IFdiReportQueries queries,
    IFdiReportSnapshotRepository snapshots,
    ICurrentUser user,
    Projects.ProjectScopeProvider scopes,
    TimeProvider clock)
{
    /// <summary>The key of implemented capital's change in %, next to the <see cref="FdiFigures.Fields"/>.</summary>
    public const string ImplementedChangeKey = "implementedCapitalUsd";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<FdiMonthlyReportDto> GetAsync(FdiMonthlyQuery query, CancellationToken ct = default)
    {
        var period = await PeriodAsync(query, ct);
        var scope = await scopes.CurrentAsync(ct);
        var computed = await ComputeAsync(period, scope.FigureProjects, ct);
        if (!scope.All)
        {
            // The published month is the province's; a narrower scope sees its own projects' figures as they stand.
            return period.ToDto(computed, null, null);
        }
        var published = (await snapshots.ListAsync(period.Year, period.Month, ct)).LastOrDefault(s => s.Cutoff == period.Cutoff);
        if (published is null)
        {
            return period.ToDto(computed, null, null);
        }
        var frozen = JsonSerializer.Deserialize<FdiMonthlyFigures>(published.FiguresJson, Json)!;
        var pending = FdiFigureComparer.Differences(published.FiguresJson, Serialize(computed));
        return period.ToDto(frozen, ReportMapper.ToDto(published), pending.Count == 0 ? null : pending);
    }

    /// <summary>Freezes the figures as computed now, as the next revision of the month.</summary>
    public async Task<FdiPublicationDto> PublishAsync(int year, int month, int? cutoffDay, CancellationToken ct = default) =>
        ReportMapper.ToDto(await PublishAsync(await PeriodAsync(new FdiMonthlyQuery { Year = year, Month = month, CutoffDay = cutoffDay }, ct),
            user.Name ?? ReportConsts.SystemPublisher, onlyIfUnpublished: false, ct)
            ?? throw new InvalidOperationException("A forced publication always publishes."));

    /// <summary>The monthly job: publishes the month before today's (Vietnam time) unless it is published already.</summary>
    public async Task<FdiPublicationDto?> PublishPreviousMonthIfMissingAsync(CancellationToken ct = default)
    {
        var previous = VietnamTime.Today(clock).AddMonths(-1);
        var snapshot = await PublishAsync(FdiReportPeriod.Of(previous.Year, previous.Month), ReportConsts.SystemPublisher, onlyIfUnpublished: true, ct);
        return snapshot is null ? null : ReportMapper.ToDto(snapshot);
    }

    public async Task<IReadOnlyList<FdiPublicationDto>> RevisionsAsync(int year, int month, CancellationToken ct = default)
    {
        await PeriodAsync(new FdiMonthlyQuery { Year = year, Month = month }, ct);
        return (await snapshots.ListAsync(year, month, ct)).Select(ReportMapper.ToDto).ToList();
    }

    /// <summary>The province-wide figures of the period (every project).</summary>
    public Task<FdiMonthlyFigures> ComputeAsync(FdiReportPeriod period, CancellationToken ct = default) => ComputeAsync(period, null, ct);

    /// <summary>The figures of the period over <paramref name="projects"/> (null: every project, and the capital contributions).</summary>
    public async Task<FdiMonthlyFigures> ComputeAsync(FdiReportPeriod period, Guid[]? projects, CancellationToken ct = default)
    {
        // Totals and the four breakdowns in one pass; the previous year's period needs its totals only.
        var (current, breakdowns) = await queries.AllFiguresAsync(period.From, period.Cutoff, projects, ct);
        var previous = await TotalsAsync(period.PreviousFrom, period.PreviousCutoff, projects, ct);
        var implemented = await ImplementedAsync(period.Cutoff, projects, ct);
        var previousImplemented = await ImplementedAsync(period.PreviousCutoff, projects, ct);
        var change = new Dictionary<string, decimal?>(ChangePercent(current, previous))
        {
            [ImplementedChangeKey] = previousImplemented.ValueUsd == 0m
                ? null
                : Math.Round((implemented.ValueUsd - previousImplemented.ValueUsd) / previousImplemented.ValueUsd * 100m, 2),
        };
        return new FdiMonthlyFigures(current, previous, change, implemented, breakdowns, previousImplemented);
    }

    /// <summary>The complete quarters of the cut-off's year: those whose last day is on or before the cut-off.</summary>
    public static int CompleteQuarters(DateOnly cutoff) =>
        Enumerable.Range(1, 4).Count(q => Finance.DisbursementLag.QuarterEnd(cutoff.Year, q) <= cutoff);

    /// <summary>Implemented capital from 1 January to the cut-off, by the rule of <see cref="ImplementedCapital"/>.</summary>
    public async Task<ImplementedCapital> ImplementedAsync(DateOnly cutoff, Guid[]? projects, CancellationToken ct = default)
    {
        var quarters = CompleteQuarters(cutoff);
        var totals = await queries.ImplementedCapitalAsync(cutoff.Year, quarters, projects, ct);
        DateOnly? through = quarters == 0 ? null : Finance.DisbursementLag.QuarterEnd(cutoff.Year, quarters);
        var note = quarters == 0
            ? $"Chưa hết quý I/{cutoff.Year}: vốn thực hiện tính theo báo cáo quý của doanh nghiệp, chưa có quý nào kết thúc."
            : $"Vốn thực hiện theo báo cáo quý của doanh nghiệp, hết quý {Roman(quarters)}/{cutoff.Year} ({through:dd/MM/yyyy}); quý chưa kết thúc không tính."
              + (totals.MissingReports > 0 ? $" Còn thiếu {totals.MissingReports}/{totals.ExpectedReports} báo cáo: số liệu ước tính." : "");
        return new ImplementedCapital(totals.ValueUsd, totals.MissingReports > 0, note)
        {
            ValueVnd = totals.ValueVnd,
            Quarters = quarters,
            Through = through,
            ExpectedReports = totals.ExpectedReports,
            MissingReports = totals.MissingReports,
        };
    }

    private static string Roman(int quarter) => quarter switch { 1 => "I", 2 => "II", 3 => "III", _ => "IV" };

    /// <summary>(current − previous) / previous in %, two decimals; null when the previous figure is 0.</summary>
    public static IReadOnlyDictionary<string, decimal?> ChangePercent(FdiFigures current, FdiFigures previous) =>
        FdiFigures.Fields.ToDictionary(
            f => f.Name,
            f => f.Value(previous) == 0m ? (decimal?)null : Math.Round((f.Value(current) - f.Value(previous)) / f.Value(previous) * 100m, 2));

    private async Task<FdiFigures> TotalsAsync(DateOnly from, DateOnly to, Guid[]? projects, CancellationToken ct) =>
        (await queries.FiguresAsync(FdiDimension.Total, from, to, projects, ct)).SingleOrDefault()?.Figures ?? FdiFigures.Empty;

    private async Task<FdiReportSnapshot?> PublishAsync(FdiReportPeriod period, string publishedBy, bool onlyIfUnpublished, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var revisions = await snapshots.ListAsync(period.Year, period.Month, ct);
            if (onlyIfUnpublished && revisions.Count > 0)
            {
                return null;
            }
            var figures = await ComputeAsync(period, ct);
            var snapshot = new FdiReportSnapshot(period.Year, period.Month, period.Cutoff, revisions.Select(r => r.Revision).DefaultIfEmpty().Max() + 1,
                Serialize(figures), clock.GetUtcNow(), publishedBy);
            if (await snapshots.TryAddAsync(snapshot, ct))
            {
                return snapshot;
            }
        }
        throw new DomainException(ErrorCodes.Conflict, "Báo cáo tháng này đang được người khác công bố; hãy thử lại.");
    }

    private static async Task<FdiReportPeriod> PeriodAsync(FdiMonthlyQuery query, CancellationToken ct)
    {
        await new FdiMonthlyQueryValidator().ValidateAndThrowAsync(query, ct);
        return FdiReportPeriod.Of(query.Year!.Value, query.Month!.Value, query.CutoffDay);
    }

    private static string Serialize(FdiMonthlyFigures figures) => JsonSerializer.Serialize(figures, Json);
}
