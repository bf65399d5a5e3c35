using FluentValidation;
using InvestAid.Finance;
using InvestAid.Projects;

namespace InvestAid.Reports;

/// <summary>
/// The ODA / concessional-loan report (plan vs disbursed) and the NGO aid report (commitments and receipts) of a year,
/// grouped here from one SQL row per project so that every grouping adds up to the same totals.
/// </summary>
/// <remarks>The rows are narrowed to the caller's visible projects (<see cref="ProjectScopeProvider"/>, docs/security.md) at entry.</remarks>
public sealed class AidReportService(IAidReportQueries queries, ProjectScopeProvider scopes)
{
    public static readonly string[] SourceNames = ["Vốn ODA", "Vốn vay ưu đãi", "Vốn đối ứng"];

    public async Task<OdaReportDto> OdaAsync(AidReportQuery query, CancellationToken ct = default)
    {
        await new AidReportQueryValidator().ValidateAndThrowAsync(query, ct);
        var year = query.Year!.Value;
        var scope = await scopes.CurrentAsync(ct);
        IReadOnlyList<OdaProjectFigures> projects = [.. (await queries.OdaProjectsAsync(year, ct)).Where(p => scope.Allows(p.Id))];
        var byProject = projects.Select(p => Row(p.Code, p.NameVi, p.NameEn, p.DonorCode, [p], PlanVnd(p), PaidVnd(p), PlanUsd(p), PaidUsd(p))).ToList();
        var byDonor = projects.GroupBy(p => p.DonorCode)
            .Select(g => Row(g.Key, g.First().DonorNameVi ?? g.Key, g.First().DonorNameEn, g.Key, [.. g],
                g.Sum(PlanVnd), g.Sum(PaidVnd), g.Sum(PlanUsd), g.Sum(PaidUsd)))
            .OrderByDescending(r => r.PlanVnd).ThenBy(r => r.Code is null).ThenBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
        var split = projects.Select(p => (Project: p, Plan: SplitPlan(p))).ToList();
        var bySource = new List<OdaReportRow>
        {
            Row(nameof(DisbursementSource.Oda), SourceNames[0], "ODA", null, [.. split.Where(s => s.Plan.OdaVnd != 0 || s.Project.OdaVnd != 0).Select(s => s.Project)],
                split.Sum(s => s.Plan.OdaVnd), projects.Sum(p => p.OdaVnd), split.Sum(s => s.Plan.OdaUsd), projects.Sum(p => p.OdaUsd)),
            Row(nameof(DisbursementSource.Loan), SourceNames[1], "Concessional loan", null, [.. split.Where(s => s.Plan.LoanVnd != 0 || s.Project.LoanVnd != 0).Select(s => s.Project)],
                split.Sum(s => s.Plan.LoanVnd), projects.Sum(p => p.LoanVnd), split.Sum(s => s.Plan.LoanUsd), projects.Sum(p => p.LoanUsd)),
            Row(nameof(DisbursementSource.Counterpart), SourceNames[2], "Counterpart funds", null,
                [.. projects.Where(p => p.PlanCounterpartVnd != 0 || p.CounterpartVnd != 0)],
                projects.Sum(p => p.PlanCounterpartVnd), projects.Sum(p => p.CounterpartVnd), projects.Sum(p => p.PlanCounterpartUsd), projects.Sum(p => p.CounterpartUsd)),
        };
        var total = Row(null, "Tổng cộng", "Total", null, projects, projects.Sum(PlanVnd), projects.Sum(PaidVnd), projects.Sum(PlanUsd), projects.Sum(PaidUsd));
        return new OdaReportDto(year, new DateOnly(year, 12, 31), byProject, byDonor, bySource, total);
    }

    public async Task<NgoReportDto> NgoAsync(AidReportQuery query, CancellationToken ct = default)
    {
        await new AidReportQueryValidator().ValidateAndThrowAsync(query, ct);
        var year = query.Year!.Value;
        var scope = await scopes.CurrentAsync(ct);
        IReadOnlyList<NgoProjectFigures> programmes = [.. (await queries.NgoProjectsAsync(year, ct)).Where(p => scope.Allows(p.Id))];
        var byDonor = programmes.GroupBy(p => p.DonorCode)
            .Select(g => Ngo(g.Key, g.First().DonorNameVi ?? g.Key, g.First().DonorNameEn, [.. g]))
            .OrderByDescending(r => r.CommittedInForceUsd).ThenBy(r => r.Code is null).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
        var byField = programmes.GroupBy(FieldKey)
            .Select(g => Ngo(g.Key, g.First().DacNameVi ?? g.First().Field?.Trim() ?? g.Key, g.First().DacNameEn, [.. g]))
            .OrderByDescending(r => r.CommittedInForceUsd).ThenBy(r => r.Code is null).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
        var byProgramme = programmes.Select(p => Ngo(p.Code, p.NameVi, p.NameEn, [p])).ToList();
        return new NgoReportDto(year, programmes.Count, programmes.Where(p => p.DonorCode is not null).Select(p => p.DonorCode).Distinct().Count(),
            byDonor, byField, byProgramme, Ngo(null, "Tổng cộng", "Total", programmes));
    }

    /// <summary>The field of a programme: its DAC purpose code, else the field as written (trimmed), else none.</summary>
    public static string? FieldKey(NgoProjectFigures p) => p.DacCode ?? (string.IsNullOrWhiteSpace(p.Field) ? null : p.Field.Trim());

    private static NgoReportRow Ngo(string? code, string? nameVi, string? nameEn, IReadOnlyList<NgoProjectFigures> items) =>
        new(code, nameVi, nameEn, items.Count,
            items.Where(p => p.ApprovedInYear).Sum(p => p.CommittedUsd),
            items.Where(p => p.InForce).Sum(p => p.CommittedUsd),
            items.Sum(p => p.ReceivedUsd),
            items.Sum(p => p.ReceivedVnd));

    private static decimal PlanVnd(OdaProjectFigures p) => p.PlanForeignVnd + p.PlanCounterpartVnd;
    private static decimal PlanUsd(OdaProjectFigures p) => p.PlanForeignUsd + p.PlanCounterpartUsd;
    private static decimal PaidVnd(OdaProjectFigures p) => p.OdaVnd + p.LoanVnd + p.CounterpartVnd;
    private static decimal PaidUsd(OdaProjectFigures p) => p.OdaUsd + p.LoanUsd + p.CounterpartUsd;

    /// <summary>
    /// The plan keeps foreign funds as one figure; they are shared between ODA and loan in the proportion of the financing
    /// agreement's ODA and loan amounts (all ODA for an ODA project, all loan for a concessional loan, without amounts).
    /// </summary>
    public static (decimal OdaVnd, decimal LoanVnd, decimal OdaUsd, decimal LoanUsd) SplitPlan(OdaProjectFigures p)
    {
        var agreement = p.AgreementOda + p.AgreementLoan;
        var odaShare = agreement > 0 ? p.AgreementOda / agreement : p.Kind == ProjectKind.Oda ? 1m : 0m;
        var odaVnd = Math.Round(p.PlanForeignVnd * odaShare, 0, MidpointRounding.AwayFromZero);
        var odaUsd = Math.Round(p.PlanForeignUsd * odaShare, 2, MidpointRounding.AwayFromZero);
        return (odaVnd, p.PlanForeignVnd - odaVnd, odaUsd, p.PlanForeignUsd - odaUsd);
    }

    /// <summary>Disbursed ÷ plan in VND, four decimals (0.2500 = 25 %); null without a plan.</summary>
    public static decimal? Rate(decimal disbursedVnd, decimal planVnd) => planVnd > 0 ? Math.Round(disbursedVnd / planVnd, 4) : null;

    private static OdaReportRow Row(string? code, string? nameVi, string? nameEn, string? donor, IReadOnlyList<OdaProjectFigures> projects,
        decimal planVnd, decimal paidVnd, decimal planUsd, decimal paidUsd) =>
        new(code, nameVi, nameEn, donor, projects.Count, planVnd, paidVnd, planUsd, paidUsd, Rate(paidVnd, planVnd),
            [.. projects.Select(p => p.Kind.ToString()).Distinct().Order(StringComparer.Ordinal)]);
}

public sealed class AidReportQueryValidator : AbstractValidator<AidReportQuery>
{
    public AidReportQueryValidator() =>
        RuleFor(x => x.Year).NotNull().WithMessage("Hãy chọn năm báo cáo.")
            .InclusiveBetween(ReportConsts.MinYear, ReportConsts.MaxYear)
            .WithMessage($"Năm báo cáo phải từ {ReportConsts.MinYear} đến {ReportConsts.MaxYear}.");
}
