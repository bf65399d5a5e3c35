using InvestAid.Validation;
using FluentValidation;
using InvestAid.Finance;
using InvestAid.Projects;
using InvestAid.ReferenceData;
using InvestAid.ReferenceData.Catalog;

namespace InvestAid.Reports;

/// <summary>
/// The ODA / concessional-loan report (implementation, plan vs disbursed, foreign and counterpart capital apart) and the NGO aid
/// report (approved, being implemented, the period's commitment, receipts, fields, places, dossiers) of a period, grouped here from
/// one SQL row per project so that every grouping adds up to the same totals. Both take an optional set of visible project ids
/// (the caller's authorization scope): rows outside it are left out before anything is counted.
/// </summary>
/// <remarks>The rows are also narrowed to the caller's figure projects (<see cref="ProjectScope.FigureProjectIds"/>, docs/security.md) at entry.</remarks>
public sealed class AidReportService(IAidReportQueries queries, ProjectScopeProvider scopes)
{
    public static readonly string[] SourceNames = ["Vốn ODA", "Vốn vay ưu đãi", "Vốn đối ứng"];
    public const string ProvinceWide = "TOAN-TINH";

    /// <summary>Joins the commune codes of a by-place row that stands for a programme in several communes ("33024+33026").</summary>
    public const string PlaceSeparator = "+";

    private static readonly ProjectStatus[] Running = [ProjectStatus.Active, ProjectStatus.Completed, ProjectStatus.Terminated];
    private static readonly ProjectStatus[] Approved = [ProjectStatus.Approved, ProjectStatus.Active, ProjectStatus.Completed, ProjectStatus.Terminated];

    private static bool Visible(ProjectScope scope, IReadOnlySet<Guid>? visibleProjects, Guid id) =>
        scope.AllowsFigures(id) && (visibleProjects is null || visibleProjects.Contains(id));

    /// <summary>The period a query names: its dates, and the year whose annual plan is read.</summary>
    public static (DateOnly From, DateOnly To) Period(AidReportQuery query) =>
        query.From is { } from && query.To is { } to ? (from, to) : (new DateOnly(query.Year!.Value, 1, 1), new DateOnly(query.Year!.Value, 12, 31));

    public async Task<OdaReportDto> OdaAsync(AidReportQuery query, CancellationToken ct = default, IReadOnlySet<Guid>? visibleProjects = null)
    {
        await new AidReportQueryValidator().ValidateAndThrowAsync(query, ct);
        var scope = await scopes.CurrentAsync(ct);
        var (from, to) = Period(query);
        var projects = (await queries.OdaProjectsAsync(from, to, to.Year, query.RateDate, ct))
            .Where(p => Visible(scope, visibleProjects, p.Id)).ToList();
        var priced = projects.Select(p => Price(p, query.RateDate, from, to)).ToList();

        var byProject = priced.Select(x => Row(x.P.Code, x.P.NameVi, x.P.NameEn, x.P.DonorCode, [x]) with
        {
            DonorNameVi = x.P.DonorNameVi,
            DonorNameEn = x.P.DonorNameEn,
            Status = x.P.Status.ToString(),
            ActualStart = x.P.ActualStart,
            ActualEnd = x.P.ActualEnd,
            InImplementation = x.InImplementation,
            StartedInPeriod = x.Started,
            CompletedInPeriod = x.Completed,
            PlanRevision = x.P.PlanRevision,
            PlanEffectiveDate = x.P.PlanEffectiveDate,
        }).ToList();
        var byDonor = priced.GroupBy(x => x.P.DonorCode)
            .Select(g => Row(g.Key, g.First().P.DonorNameVi ?? g.Key, g.First().P.DonorNameEn, g.Key, [.. g]) with
            {
                DonorNameVi = g.First().P.DonorNameVi,
                DonorNameEn = g.First().P.DonorNameEn,
            })
            .OrderByDescending(r => r.PlanVnd).ThenBy(r => r.Code is null).ThenBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
        var bySource = new List<OdaReportRow>
        {
            SourceRow(nameof(DisbursementSource.Oda), SourceNames[0], "ODA", [.. priced.Where(x => x.OdaPlanVnd != 0 || x.P.OdaVnd != 0)],
                x => x.OdaPlanVnd, x => x.OdaPlanUsd, x => x.P.OdaVnd, x => x.P.OdaUsd),
            SourceRow(nameof(DisbursementSource.Loan), SourceNames[1], "Concessional loan", [.. priced.Where(x => x.LoanPlanVnd != 0 || x.P.LoanVnd != 0)],
                x => x.LoanPlanVnd, x => x.LoanPlanUsd, x => x.P.LoanVnd, x => x.P.LoanUsd),
            CounterpartSourceRow([.. priced.Where(x => x.P.PlanCounterpartVnd != 0 || x.P.CounterpartVnd != 0)]),
        };
        var total = Row(null, "Tổng cộng", "Total", null, priced);
        var running = priced.Where(x => x.InImplementation).ToList();
        var implementation = new OdaImplementation(running.Count, running.Count(x => x.Started), priced.Count(x => x.Completed),
            [.. running.Select(x => x.P.Code)], [.. running.Where(x => x.Started).Select(x => x.P.Code)],
            [.. priced.Where(x => x.Completed).Select(x => x.P.Code)]);
        return new OdaReportDto(to.Year, to, byProject, byDonor, bySource, total)
        {
            From = from,
            To = to,
            PlanYear = to.Year,
            RateDate = query.RateDate,
            Implementation = implementation,
        };
    }

    /// <summary>One project priced: plan in USD (null when no rate), foreign plan split into ODA and loan, its standing in the period.</summary>
    private sealed record Priced(OdaProjectFigures P, decimal? PlanForeignUsd, decimal? PlanCounterpartUsd,
        decimal OdaPlanVnd, decimal LoanPlanVnd, decimal? OdaPlanUsd, decimal? LoanPlanUsd, bool InImplementation, bool Started, bool Completed)
    {
        public bool Missing => PlanForeignUsd is null || PlanCounterpartUsd is null;
    }

    private static Priced Price(OdaProjectFigures p, DateOnly? rateDate, DateOnly from, DateOnly to)
    {
        var foreignUsd = PlanUsd(p, p.PlanForeignAmount, p.PlanForeignVnd, rateDate);
        var counterpartUsd = PlanUsd(p, p.PlanCounterpartAmount, p.PlanCounterpartVnd, rateDate);
        var split = SplitPlan(p, foreignUsd);
        var running = Running.Contains(p.Status) && p.ActualStart is { } start && start <= to && (p.ActualEnd is null || p.ActualEnd >= from);
        var started = running && p.ActualStart >= from;
        var completed = p.Status is ProjectStatus.Completed or ProjectStatus.Terminated && p.ActualEnd is { } end && end >= from && end <= to;
        return new Priced(p, foreignUsd, counterpartUsd, split.OdaVnd, split.LoanVnd, split.OdaUsd, split.LoanUsd, running, started, completed);
    }

    /// <summary>
    /// A plan amount in USD: at the USD rate of the chosen day when one is chosen; otherwise as recorded when in USD, at the
    /// agreement's rate when in the agreement's currency, or its VND at the agreement's implied USD/VND rate. Null when no rate
    /// applies — a missing rate is never 0. An empty plan is 0.
    /// </summary>
    public static decimal? PlanUsd(OdaProjectFigures p, decimal amount, decimal vnd, DateOnly? rateDate)
    {
        if (amount == 0 && vnd == 0)
        {
            return 0m;
        }
        if (rateDate is not null)
        {
            return p.DatedUsdRateToVnd is > 0 and var rate ? Math.Round(vnd / rate, 2, MidpointRounding.AwayFromZero) : null;
        }
        if (string.Equals(p.PlanCurrency, "USD", StringComparison.OrdinalIgnoreCase))
        {
            return amount;
        }
        if (p.AgreementRateToUsd > 0 && string.Equals(p.PlanCurrency, p.AgreementCurrency, StringComparison.OrdinalIgnoreCase))
        {
            return Math.Round(amount * p.AgreementRateToUsd, 2, MidpointRounding.AwayFromZero);
        }
        if (p.AgreementRateToUsd > 0 && p.AgreementRateToVnd > 0)
        {
            return Math.Round(vnd * p.AgreementRateToUsd / p.AgreementRateToVnd, 2, MidpointRounding.AwayFromZero);
        }
        return null;
    }

    /// <summary>
    /// The plan keeps foreign funds as one figure; they are shared between ODA and loan in the proportion of the financing
    /// agreement's ODA and loan amounts (all ODA for an ODA project, all loan for a concessional loan, without amounts).
    /// </summary>
    public static (decimal OdaVnd, decimal LoanVnd, decimal? OdaUsd, decimal? LoanUsd) SplitPlan(OdaProjectFigures p, decimal? foreignUsd)
    {
        var agreement = p.AgreementOda + p.AgreementLoan;
        var odaShare = agreement > 0 ? p.AgreementOda / agreement : p.Kind == ProjectKind.Oda ? 1m : 0m;
        var odaVnd = Math.Round(p.PlanForeignVnd * odaShare, 0, MidpointRounding.AwayFromZero);
        decimal? odaUsd = foreignUsd is { } usd ? Math.Round(usd * odaShare, 2, MidpointRounding.AwayFromZero) : null;
        return (odaVnd, p.PlanForeignVnd - odaVnd, odaUsd, foreignUsd - odaUsd);
    }

    /// <summary>Disbursed ÷ plan in VND, four decimals (0.2500 = 25 %); null without a plan.</summary>
    public static decimal? Rate(decimal disbursedVnd, decimal planVnd) => planVnd > 0 ? Math.Round(disbursedVnd / planVnd, 4) : null;

    private static decimal? SumOrNull(IEnumerable<decimal?> values)
    {
        var list = values.ToList();
        return list.Any(v => v is null) ? null : list.Sum(v => v!.Value);
    }

    private static OdaReportRow Row(string? code, string? nameVi, string? nameEn, string? donor, IReadOnlyList<Priced> items)
    {
        var planVnd = items.Sum(x => x.P.PlanForeignVnd);
        var paidVnd = items.Sum(x => x.P.OdaVnd + x.P.LoanVnd);
        var planCounterpartVnd = items.Sum(x => x.P.PlanCounterpartVnd);
        var paidCounterpartVnd = items.Sum(x => x.P.CounterpartVnd);
        return new OdaReportRow(code, nameVi, nameEn, donor, items.Count, planVnd, paidVnd, SumOrNull(items.Select(x => x.PlanForeignUsd)),
            items.Sum(x => x.P.OdaUsd + x.P.LoanUsd), Rate(paidVnd, planVnd), Kinds(items))
        {
            PlanCounterpartVnd = planCounterpartVnd,
            DisbursedCounterpartVnd = paidCounterpartVnd,
            PlanCounterpartUsd = SumOrNull(items.Select(x => x.PlanCounterpartUsd)),
            DisbursedCounterpartUsd = items.Sum(x => x.P.CounterpartUsd),
            CounterpartDisbursementRate = Rate(paidCounterpartVnd, planCounterpartVnd),
            UsdRateMissing = items.Any(x => x.Missing),
        };
    }

    private static OdaReportRow SourceRow(string code, string nameVi, string nameEn, IReadOnlyList<Priced> items,
        Func<Priced, decimal> planVnd, Func<Priced, decimal?> planUsd, Func<Priced, decimal> paidVnd, Func<Priced, decimal> paidUsd)
    {
        var plan = items.Sum(planVnd);
        var paid = items.Sum(paidVnd);
        return new OdaReportRow(code, nameVi, nameEn, null, items.Count, plan, paid, SumOrNull(items.Select(planUsd)), items.Sum(paidUsd), Rate(paid, plan), Kinds(items))
        {
            PlanCounterpartUsd = 0m,
            UsdRateMissing = items.Any(x => planUsd(x) is null),
        };
    }

    private static OdaReportRow CounterpartSourceRow(IReadOnlyList<Priced> items)
    {
        var plan = items.Sum(x => x.P.PlanCounterpartVnd);
        var paid = items.Sum(x => x.P.CounterpartVnd);
        return new OdaReportRow(nameof(DisbursementSource.Counterpart), SourceNames[2], "Counterpart funds", null, items.Count, 0m, 0m, 0m, 0m, null, Kinds(items))
        {
            PlanCounterpartVnd = plan,
            DisbursedCounterpartVnd = paid,
            PlanCounterpartUsd = SumOrNull(items.Select(x => x.PlanCounterpartUsd)),
            DisbursedCounterpartUsd = items.Sum(x => x.P.CounterpartUsd),
            CounterpartDisbursementRate = Rate(paid, plan),
            UsdRateMissing = items.Any(x => x.PlanCounterpartUsd is null),
        };
    }

    private static IReadOnlyList<string> Kinds(IReadOnlyList<Priced> items) =>
        [.. items.Select(x => x.P.Kind.ToString()).Distinct().Order(StringComparer.Ordinal)];

    // ------------------------------------------------------------------ NGO

    public async Task<NgoReportDto> NgoAsync(AidReportQuery query, CancellationToken ct = default, IReadOnlySet<Guid>? visibleProjects = null)
    {
        await new AidReportQueryValidator().ValidateAndThrowAsync(query, ct);
        var scope = await scopes.CurrentAsync(ct);
        var (from, to) = Period(query);
        var all = (await queries.NgoProjectsAsync(from, to, ct)).Where(p => Visible(scope, visibleProjects, p.Id)).ToList();
        var references = await queries.ReferenceItemsAsync([ReferenceKind.AidField, ReferenceKind.AidFieldMapping, ReferenceKind.AdministrativeUnit], ct);
        var fields = references.Where(r => r.Kind == ReferenceKind.AidField).ToList();
        var mapping = references.Where(r => r.Kind == ReferenceKind.AidFieldMapping && r.ParentCode is not null)
            .GroupBy(r => r.Code).ToDictionary(g => g.Key, g => g.First().ParentCode!);
        var units = references.Where(r => r.Kind == ReferenceKind.AdministrativeUnit).GroupBy(r => r.Code).ToDictionary(g => g.Key, g => g.First());

        var items = all.Select(p => Programme(p, from, to, mapping, units)).ToList();
        var running = items.Where(x => x.Implementing).ToList();

        var byDonor = running.GroupBy(x => x.P.DonorCode)
            .Select(g => DonorRow(g.Key, [.. g]))
            .OrderByDescending(r => r.CommitmentInPeriodUsd).ThenBy(r => r.Code is null).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
        var byField = running.GroupBy(x => x.Field)
            .Select(g =>
            {
                var field = fields.FirstOrDefault(f => f.Code == g.Key);
                return Ngo(g.Key, field?.NameVi ?? g.Key, field?.NameEn, [.. g]);
            })
            .OrderBy(r => fields.FindIndex(f => f.Code == r.Code) is var i && i < 0 ? int.MaxValue : i).ToList();
        var byPlace = running.GroupBy(x => x.PlaceCode)
            .Select(g => Ngo(g.Key, g.First().PlaceVi, g.First().PlaceEn, [.. g]))
            .OrderBy(r => r.Code == ProvinceWide ? 0 : 1).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
        var byProgramme = running.Select(ProgrammeRow).ToList();
        var notStarted = items.Where(x => x.ApprovedNotStarted).Select(ProgrammeRow).ToList();

        var approved = items.Where(x => x.ApprovedInPeriod).ToList();
        var approvedByDonor = approved.GroupBy(x => x.P.DonorCode)
            .Select(g => DonorRow(g.Key, [.. g]))
            .OrderByDescending(r => r.CommittedUsd).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
        var approvedByDecision = approved.OrderBy(x => x.P.ApprovalDate).ThenBy(x => x.P.Code, StringComparer.Ordinal).Select(ProgrammeRow).ToList();

        var dossiers = (await queries.NgoDossiersAsync(to, ct)).Where(d => Visible(scope, visibleProjects, d.ProjectId)).ToList();
        var byProcedure = dossiers.GroupBy(d => d.ProcedureKey).Select(g =>
        {
            var (vi, en) = ProcedureName(g.Key);
            var waiting = g.Where(d => Waiting(d, to)).ToList();
            return new NgoDossierRow(g.Key, vi, en, g.Count(d => d.ReceivedOn >= from), waiting.Count, [.. waiting.Select(d => d.ProjectCode).Distinct()]);
        }).Where(r => r.Received > 0 || r.Waiting > 0).OrderBy(r => r.ProcedureKey, StringComparer.Ordinal).ToList();

        return new NgoReportDto(to.Year, running.Count, running.Where(x => x.P.DonorCode is not null).Select(x => x.P.DonorCode).Distinct().Count(),
            byDonor, byField, byProgramme, Ngo(null, "Tổng cộng", "Total", running))
        {
            From = from,
            To = to,
            Approved = new NgoApproved(approved.Count, approved.Sum(x => x.P.CommittedUsd), approvedByDonor, approvedByDecision),
            ByPlace = byPlace,
            ApprovedNotStarted = notStarted,
            Dossiers = new NgoDossiers(byProcedure.Sum(r => r.Received), byProcedure.Sum(r => r.Waiting), byProcedure),
            ReceivedInPeriodUsd = items.Sum(x => x.P.ReceivedUsd),
        };
    }

    private static bool Waiting(NgoDossierFigures d, DateOnly to) =>
        d.DecisionDate is { } decided ? decided > to : d.Status == nameof(Dossiers.DossierStatus.InProgress);

    /// <summary>The names of the NGO procedures (their keys otherwise).</summary>
    public static (string Vi, string En) ProcedureName(string key) => key switch
    {
        "ngo-aid-approval" => ("Phê duyệt khoản viện trợ phi chính phủ nước ngoài", "Approval of foreign non-governmental aid"),
        _ => (key, key),
    };

    /// <summary>One NGO aid in the period: field category, place, its commitment for the period and how it stands.</summary>
    private sealed record Item(NgoProjectFigures P, string Field, string PlaceCode, string PlaceVi, string PlaceEn,
        decimal CommitmentInPeriodUsd, bool Implementing, bool ApprovedNotStarted, bool ApprovedInPeriod)
    {
        /// <summary>Every place the aid names: its commune and the further communes it spans (province-wide when none).</summary>
        public IReadOnlyList<(string Vi, string En)> Places { get; init; } = [];
    }

    private static Item Programme(NgoProjectFigures p, DateOnly from, DateOnly to, IReadOnlyDictionary<string, string> mapping,
        IReadOnlyDictionary<string, ReferenceItem> units)
    {
        var approved = Approved.Contains(p.Status) && p.ApprovalDate is { } a && a <= to;
        var started = p.ActualStart ?? p.FirstReceipt;
        var ended = p.ActualEnd is { } end && end < from;
        var implementing = (approved || p.ReceivedUsd > 0) && p.Status != ProjectStatus.Rejected && started is { } s && s <= to && !ended;
        var notStarted = approved && !implementing && !ended && p.Status is ProjectStatus.Approved or ProjectStatus.Active;
        var approvedInPeriod = approved && p.ApprovalDate >= from;
        var communes = new[] { p.CommuneCode }.Concat(p.CommuneCodes).OfType<string>().Distinct(StringComparer.Ordinal)
            .Select(c => Place(c, units)).Where(x => x.Code != ProvinceWide).ToList();
        // One commune: its row. Several: one row for that set of communes, so the programme is counted (and its money added) once
        // while every commune is named; the draft counts the communes themselves from the codes.
        var (placeCode, placeVi, placeEn) = communes.Count switch
        {
            0 => Place(null, units),
            1 => communes[0],
            _ => (string.Join(PlaceSeparator, communes.Select(c => c.Code).Order(StringComparer.Ordinal)),
                  "Liên xã, phường: " + string.Join(", ", communes.Select(c => c.Vi)),
                  "Several communes: " + string.Join(", ", communes.Select(c => c.En))),
        };
        return new Item(p, FieldCategory(p.DacCode, mapping), placeCode, placeVi, placeEn,
            CommitmentInPeriod(p, from, to), implementing, notStarted, approvedInPeriod)
        {
            Places = communes.Count > 0 ? [.. communes.Select(c => (c.Vi, c.En))] : [(placeVi, placeEn)],
        };
    }

    /// <summary>The field category of a DAC purpose code: its own mapping, else its three-digit sector's, else "other".</summary>
    public static string FieldCategory(string? dac, IReadOnlyDictionary<string, string> mapping) =>
        dac is null ? ReferenceCatalog.OtherAidField
        : mapping.TryGetValue(dac, out var own) ? own
        : dac.Length >= 3 && mapping.TryGetValue(dac[..3], out var sector) ? sector
        : ReferenceCatalog.OtherAidField;

    /// <summary>Province-wide (no commune, or the province itself), else the commune — a former one with the unit of today that took it over.</summary>
    private static (string Code, string Vi, string En) Place(string? commune, IReadOnlyDictionary<string, ReferenceItem> units)
    {
        if (commune is null || commune == ReferenceCatalog.ProvinceCode || !units.TryGetValue(commune, out var unit)
            || unit.Category == ReferenceCatalog.ProvinceCategory)
        {
            return (ProvinceWide, "Toàn tỉnh", "Province-wide");
        }
        if (unit.Category == ReferenceCatalog.FormerCommuneCategory && unit.ParentCode is { } today && units.TryGetValue(today, out var successor))
        {
            return (unit.Code, $"{unit.NameVi} (nay là {successor.NameVi})", $"{unit.NameEn} (now {successor.NameEn})");
        }
        return (unit.Code, unit.NameVi, unit.NameEn);
    }

    /// <summary>
    /// The part of the commitment that falls in the period: the commitment-schedule instalments due in it; without a schedule, the
    /// commitment spread evenly by days from the start (or approval) to the planned or actual end (a one-year aid when none is set).
    /// </summary>
    public static decimal CommitmentInPeriod(NgoProjectFigures p, DateOnly from, DateOnly to)
    {
        if (p.HasSchedule)
        {
            return p.ScheduledInPeriodUsd;
        }
        if ((p.ActualStart ?? p.ApprovalDate ?? p.FirstReceipt) is not { } start)
        {
            return 0m;
        }
        var end = p.PlannedEnd ?? p.ActualEnd ?? start.AddYears(1).AddDays(-1);
        if (end < start)
        {
            end = start;
        }
        var first = start > from ? start : from;
        var last = end < to ? end : to;
        if (last < first)
        {
            return 0m;
        }
        var days = end.DayNumber - start.DayNumber + 1m;
        return Math.Round(p.CommittedUsd * (last.DayNumber - first.DayNumber + 1) / days, 2, MidpointRounding.AwayFromZero);
    }

    private static NgoReportRow Ngo(string? code, string? nameVi, string? nameEn, IReadOnlyList<Item> items) =>
        new(code, nameVi, nameEn, items.Count, items.Sum(x => x.P.CommittedUsd), items.Sum(x => x.CommitmentInPeriodUsd),
            items.Sum(x => x.P.ReceivedUsd), items.Sum(x => x.P.ReceivedVnd))
        {
            ScheduleMissing = items.Any(x => !x.P.HasSchedule),
        };

    private static NgoReportRow DonorRow(string? donor, IReadOnlyList<Item> items) =>
        Ngo(donor, items[0].P.DonorNameVi ?? donor, items[0].P.DonorNameEn, items) with
        {
            DonorCode = donor,
            DonorNameVi = items[0].P.DonorNameVi,
            DonorNameEn = items[0].P.DonorNameEn,
        };

    private static NgoReportRow ProgrammeRow(Item x) => Ngo(x.P.Code, x.P.NameVi, x.P.NameEn, [x]) with
    {
        DonorCode = x.P.DonorCode,
        DonorNameVi = x.P.DonorNameVi,
        DonorNameEn = x.P.DonorNameEn,
        Status = x.P.Status.ToString(),
        DecisionNumber = x.P.DecisionNumber,
        ApprovalDate = x.P.ApprovalDate,
        ActualStart = x.P.ActualStart,
        ActualEnd = x.P.ActualEnd,
        FieldCode = x.Field,
        PlaceCode = x.PlaceCode,
        PlaceNameVi = x.PlaceVi,
        Places = [.. x.Places.Select(place => place.Vi)],
        PlacesEn = [.. x.Places.Select(place => place.En)],
    };
}

public sealed class AidReportQueryValidator : AbstractValidator<AidReportQuery>
{
    public AidReportQueryValidator()
    {
        RuleFor(x => x.Year).NotNull().When(x => x.From is null && x.To is null).WithMessageKey("report.yearRequired")
            .InclusiveBetween(ReportConsts.MinYear, ReportConsts.MaxYear)
            .WithMessageKey("report.yearRange", ReportConsts.MinYear, ReportConsts.MaxYear);
        RuleFor(x => x.From).NotNull().When(x => x.To is not null).WithMessageKey("report.fromRequired");
        RuleFor(x => x.To).NotNull().When(x => x.From is not null).WithMessageKey("report.toRequired")
            .GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null).WithMessageKey("report.toBeforeFrom")
            .Must((x, to) => to!.Value.Year == x.From!.Value.Year).When(x => x.From is not null && x.To is not null)
            .WithMessageKey("report.periodInOneYear");
        RuleFor(x => x.To).Must(to => to!.Value.Year is >= ReportConsts.MinYear and <= ReportConsts.MaxYear).When(x => x.To is not null)
            .WithMessageKey("report.yearRange", ReportConsts.MinYear, ReportConsts.MaxYear);
    }
}
