using InvestAid.Validation;
using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using InvestAid.Audit;
using InvestAid.Common;
using InvestAid.Errors;
using InvestAid.Finance;
using InvestAid.Projects;
using InvestAid.Proposals;

namespace InvestAid.EnterpriseReports;

/// <summary>
/// FDI enterprises' quarterly and yearly investment-implementation reports filed online (as in the national investment
/// information system): the owner files against the form in force, an officer accepts or returns; a correction is a new
/// revision. An accepted quarterly report becomes the quarter's implemented capital, which the monthly FDI summary reads.
/// </summary>
public sealed class EnterpriseReportAppService(
    IEnterpriseReportRepository reports,
    IProjectRepository projects,
    IEnterpriseReportDeadlines deadlines,
    FinanceAppService finance,
    IUnitOfWork unitOfWork,
    AuditRecorder audit,
    ICurrentUser user,
    Identity.IUserDirectory people,
    ProjectScopeProvider scopes,
    TimeProvider clock)
{
    public const string EntityType = "project";

    public static IReadOnlyList<ReportFormDto> Forms() => EnterpriseReportForms.All;

    public Task<EnterpriseReportDto> FileAsync(FileEnterpriseReportRequest request, CancellationToken ct = default) => FileAsync(request, null, ct);

    /// <summary>A new revision of the report <paramref name="correctsId"/> (the only way to correct a filed report).</summary>
    public async Task<EnterpriseReportDto> FileRevisionAsync(Guid correctsId, FileEnterpriseReportRequest request, CancellationToken ct = default)
    {
        var earlier = await reports.FindAsync(correctsId, ct) ?? throw new NotFoundException("báo cáo", correctsId);
        return await FileAsync(request with { ProjectId = earlier.ProjectId, PeriodKind = earlier.PeriodKind, Year = earlier.Year, Quarter = earlier.Quarter == 0 ? null : earlier.Quarter },
            earlier, ct);
    }

    private async Task<EnterpriseReportDto> FileAsync(FileEnterpriseReportRequest request, EnterpriseReport? corrects, CancellationToken ct)
    {
        var project = await projects.FindAsync(request.ProjectId, ct) ?? throw new NotFoundException("dự án", request.ProjectId);
        ValidationAccess.EnsureCanPropose(user, project);
        if (project.Kind != ProjectKind.Fdi)
        {
            throw new DomainException(ErrorCodes.ProjectKindMismatch, $"Dự án {project.Code} không phải dự án FDI, không nộp báo cáo này.");
        }
        var today = VietnamTime.Today(clock);
        var form = EnterpriseReportForms.InForce(today);
        var quarter = request.PeriodKind == ReportPeriodKind.Yearly ? 0 : request.Quarter ?? 0;
        var values = Validate(request, quarter, form, today);

        var revisions = await reports.RevisionsAsync(project.Id, request.PeriodKind, request.Year, quarter, ct);
        var latest = revisions.LastOrDefault(r => r.Status != EnterpriseReportStatus.Superseded);
        var label = request.PeriodKind == ReportPeriodKind.Yearly ? $"năm {request.Year}" : $"quý {quarter}/{request.Year}";
        if (corrects is null && revisions.Count > 0)
        {
            throw new DomainException(ErrorCodes.ReportDuplicate,
                $"Dự án {project.Code} đã nộp báo cáo {label}; muốn sửa hãy nộp bản sửa đổi. / A report for this period was already filed; file a revision to correct it.");
        }
        if (corrects is not null && latest is not null && latest.Id != corrects.Id)
        {
            throw new DomainException(ErrorCodes.ReportState, $"Báo cáo {label} đã có bản mới hơn (lần {latest.Revision}); hãy sửa từ bản đó.");
        }
        latest?.Supersede();
        var report = new EnterpriseReport(project.Id, request.PeriodKind, request.Year, quarter, revisions.Count + 1, form.Version, values,
            string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(), user.Id, user.Name, clock.GetUtcNow());
        reports.Add(report);
        audit.Record(EntityType, project.Id, corrects is null ? "enterprise-report-filed" : "enterprise-report-revised", null,
            new { reportId = report.Id, period = label, report.Revision, values },
            corrects is null ? $"Doanh nghiệp nộp báo cáo {label}" : $"Doanh nghiệp nộp bản sửa đổi lần {report.Revision} của báo cáo {label}");
        await unitOfWork.SaveChangesAsync(ct);
        return ToDto(report, (project.Code, project.NameVi, project.OwnerName), await NamesAsync([report], ct));
    }

    private Dictionary<string, decimal> Validate(FileEnterpriseReportRequest request, int quarter, ReportFormDto form, DateOnly today)
    {
        var failures = new List<ValidationFailure>();
        if (!Enum.IsDefined(request.PeriodKind))
        {
            failures.Add(new("periodKind", "Kỳ báo cáo phải là quý hoặc năm."));
        }
        if (request.Year is < 2000 or > 2100)
        {
            failures.Add(new("year", "Năm báo cáo không hợp lệ."));
        }
        else if (request.PeriodKind == ReportPeriodKind.Quarterly && quarter is < 1 or > 4)
        {
            failures.Add(new("quarter", "Quý phải từ 1 đến 4."));
        }
        else if (ReportPeriods.End(request.PeriodKind, request.Year, Math.Max(quarter, 1)) >= today)
        {
            var field = request.PeriodKind == ReportPeriodKind.Yearly ? "year" : "quarter";
            failures.Add(new(field, request.PeriodKind == ReportPeriodKind.Yearly
                ? $"Năm {request.Year} chưa kết thúc, chưa thể báo cáo. / The year has not ended yet."
                : $"Quý {quarter}/{request.Year} chưa kết thúc, chưa thể báo cáo. / The quarter has not ended yet."));
        }
        var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var given = request.Values ?? new Dictionary<string, JsonElement>();
        foreach (var key in given.Keys.Where(k => form.Fields.All(f => f.Key != k)))
        {
            failures.Add(new($"values.{key}", $"Trường \"{key}\" không có trong mẫu báo cáo {form.Version}."));
        }
        foreach (var field in form.Fields)
        {
            var name = $"values.{field.Key}";
            if (!given.TryGetValue(field.Key, out var element) || element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
            {
                failures.Add(new(name, $"{field.LabelVi}: chưa nhập. / {field.LabelEn} is required."));
                continue;
            }
            decimal value;
            if (element.ValueKind == JsonValueKind.Number && element.TryGetDecimal(out var n))
            {
                value = n;
            }
            else if (element.ValueKind == JsonValueKind.String && decimal.TryParse(element.GetString(), System.Globalization.NumberStyles.Number,
                         System.Globalization.CultureInfo.InvariantCulture, out var parsed))
            {
                value = parsed;
            }
            else
            {
                failures.Add(new(name, $"{field.LabelVi}: phải là số. / {field.LabelEn} must be a number."));
                continue;
            }
            if (value < 0)
            {
                failures.Add(new(name, $"{field.LabelVi}: không được âm. / {field.LabelEn} cannot be negative."));
            }
            else if (field.WholeNumber && value != decimal.Truncate(value))
            {
                failures.Add(new(name, $"{field.LabelVi}: phải là số nguyên. / {field.LabelEn} must be a whole number."));
            }
            else if (value > 1_000_000_000_000_000m)
            {
                failures.Add(new(name, $"{field.LabelVi}: quá lớn. / {field.LabelEn} is too large."));
            }
            values[field.Key] = value;
        }
        if (request.Note is { Length: > ProposalConsts.MaxReasonLength })
        {
            failures.Add(new("note", $"Ghi chú tối đa {ProposalConsts.MaxReasonLength} ký tự."));
        }
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
        return values;
    }

    public async Task<PagedResult<EnterpriseReportDto>> ListAsync(EnterpriseReportQuery query, CancellationToken ct = default)
    {
        var page = Math.Max(1, query.Page ?? 1);
        var size = Math.Clamp(query.PageSize ?? 20, 1, 200);
        // The figure scope (docs/security.md): list and detail alike.
        var projectIds = (await scopes.CurrentAsync(ct)).FigureProjects;
        var (items, total) = await reports.ListAsync(query.ProjectId, projectIds, query.Status, query.Year, query.Quarter, page, size, ct);
        var names = await reports.ProjectNamesAsync(items.Select(r => r.ProjectId).Distinct().ToList(), ct);
        var filers = await NamesAsync(items, ct);
        return new PagedResult<EnterpriseReportDto>([.. items.Select(r => ToDto(r, names.GetValueOrDefault(r.ProjectId), filers))], total, page, size);
    }

    public async Task<EnterpriseReportDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        var report = await reports.FindAsync(id, ct) ?? throw new NotFoundException("báo cáo", id);
        var project = await projects.FindForReadAsync(report.ProjectId, ct);
        if (project is null || !(await scopes.CurrentAsync(ct)).AllowsFigures(project.Id))
        {
            throw new NotFoundException("báo cáo", id);
        }
        return ToDto(report, (project.Code, project.NameVi, project.OwnerName), await NamesAsync([report], ct));
    }

    /// <summary>Accepts a filed report; a quarterly one becomes the quarter's implemented capital (foreign + domestic).</summary>
    public async Task<EnterpriseReportDto> AcceptAsync(Guid id, DecideEnterpriseReportRequest request, CancellationToken ct = default)
    {
        ValidationAccess.EnsureCanDecide(user);
        var report = await reports.FindAsync(id, ct) ?? throw new NotFoundException("báo cáo", id);
        report.Accept(user.Id, user.Name, request.Comment?.Trim(), clock.GetUtcNow());
        audit.Record(EntityType, report.ProjectId, "enterprise-report-accepted", null, new { reportId = report.Id, report.Revision, comment = request.Comment },
            $"Xác nhận báo cáo {report.PeriodLabel} (lần {report.Revision}) của doanh nghiệp");
        if (report.PeriodKind == ReportPeriodKind.Quarterly)
        {
            var usd = report.Value(EnterpriseReportForms.ImplementedForeignUsd) + report.Value(EnterpriseReportForms.ImplementedDomesticUsd);
            // Saves the report's decision and the implemented capital together.
            await finance.ReportImplementedCapitalAsync(report.ProjectId,
                new ImplementedCapitalInput(report.Year, report.Quarter, usd, null, VietnamTime.DateOf(report.FiledAt), request.FreezeExceptionId), ct);
        }
        else
        {
            await unitOfWork.SaveChangesAsync(ct);
        }
        return await GetAsync(id, ct);
    }

    public async Task<EnterpriseReportDto> ReturnAsync(Guid id, DecideEnterpriseReportRequest request, CancellationToken ct = default)
    {
        ValidationAccess.EnsureCanDecide(user);
        if (string.IsNullOrWhiteSpace(request.Comment))
        {
            throw ValidationText.Invalid("comment", "enterpriseReport.returnReason");
        }
        var report = await reports.FindAsync(id, ct) ?? throw new NotFoundException("báo cáo", id);
        report.Return(user.Id, user.Name, request.Comment.Trim(), clock.GetUtcNow());
        audit.Record(EntityType, report.ProjectId, "enterprise-report-returned", null, new { reportId = report.Id, report.Revision, comment = request.Comment },
            $"Trả lại báo cáo {report.PeriodLabel} (lần {report.Revision}): {request.Comment.Trim()}");
        await unitOfWork.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <summary>Enterprises that owe the period's report and have none filed or accepted (a returned one counts as missing).</summary>
    public async Task<MissingEnterpriseReportsDto> MissingAsync(ReportPeriodKind kind, int year, int? quarter, CancellationToken ct = default)
    {
        var q = kind == ReportPeriodKind.Yearly ? 0 : quarter ?? 0;
        if (kind == ReportPeriodKind.Quarterly && q is < 1 or > 4)
        {
            throw ValidationText.Invalid("quarter", "common.quarter");
        }
        if (year is < 2000 or > 2100)
        {
            throw ValidationText.Invalid("year", "common.year");
        }
        var due = deadlines.DueDate(kind, year, q);
        var today = VietnamTime.Today(clock);
        var owing = await reports.ProjectsOwingAsync(ReportPeriods.Start(kind, year, Math.Max(q, 1)), ReportPeriods.End(kind, year, Math.Max(q, 1)), ct);
        var current = (await reports.CurrentOfPeriodAsync(kind, year, q, ct)).ToLookup(r => r.ProjectId);
        var missing = new List<MissingEnterpriseReportDto>();
        var filed = 0;
        foreach (var p in owing)
        {
            var theirs = current[p.Id].ToList();
            if (theirs.Any(r => r.Status is EnterpriseReportStatus.Filed or EnterpriseReportStatus.Accepted))
            {
                filed++;
                continue;
            }
            var overdue = today.DayNumber - due.DayNumber;
            missing.Add(new MissingEnterpriseReportDto(p.Id, p.Code, p.Name, p.OwnerName, due, Math.Max(0, overdue),
                overdue > deadlines.EscalateAfterDays, theirs.Count > 0));
        }
        return new MissingEnterpriseReportsDto(kind, year, q, due, owing.Count, filed, missing);
    }

    /// <summary>The report for a reader: people by their names (the stored sign-in name only when the account is gone).</summary>
    private EnterpriseReportDto ToDto(EnterpriseReport r, (string Code, string Name, string? OwnerName) project, IReadOnlyDictionary<Guid, string> names)
    {
        var due = deadlines.DueDate(r.PeriodKind, r.Year, r.Quarter);
        string? Name(Guid? id, string? stored) => id is { } key && names.TryGetValue(key, out var name) ? name : stored;
        return r.ToDto(project.Code ?? "", project.Name ?? "", project.OwnerName, due, VietnamTime.DateOf(r.FiledAt) > due) with
        {
            FiledByName = Name(r.FiledById, r.FiledByName),
            DecidedByName = Name(r.DecidedById, r.DecidedByName),
        };
    }

    /// <summary>The names of everyone who filed or decided <paramref name="items"/>, in one lookup.</summary>
    private Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyCollection<EnterpriseReport> items, CancellationToken ct) =>
        people.DisplayNamesAsync([.. items.SelectMany(r => new[] { r.FiledById, r.DecidedById }).OfType<Guid>().Distinct()], ct);
}
