namespace InvestAid.EnterpriseReports;

/// <summary>One field of a report form: key, labels, unit, and whether it is a whole number (people) or money/area.</summary>
public sealed record ReportFormFieldDto(string Key, string LabelVi, string LabelEn, string Unit, bool WholeNumber);

/// <summary>A version of the enterprise report form, with the fields it asks for.</summary>
public sealed record ReportFormDto(string Version, string TitleVi, string TitleEn, string LegalBasis, DateOnly EffectiveFrom, IReadOnlyList<ReportFormFieldDto> Fields);

public sealed record EnterpriseReportDto(
    Guid Id,
    Guid ProjectId,
    string ProjectCode,
    string ProjectName,
    string? EnterpriseName,
    ReportPeriodKind PeriodKind,
    int Year,
    int Quarter,
    int Revision,
    string FormVersion,
    IReadOnlyDictionary<string, decimal> Values,
    string? Note,
    EnterpriseReportStatus Status,
    string? FiledByName,
    DateTimeOffset FiledAt,
    DateOnly DueDate,
    bool FiledLate,
    string? DecidedByName,
    DateTimeOffset? DecidedAt,
    string? DecisionComment);

/// <summary>
/// What an enterprise files. <see cref="Values"/> maps the form's field keys to figures; a value that is not a number
/// is refused naming its field. <see cref="Quarter"/> is required for a quarterly report and ignored for a yearly one.
/// </summary>
public sealed record FileEnterpriseReportRequest(Guid ProjectId, ReportPeriodKind PeriodKind, int Year, int? Quarter,
    IReadOnlyDictionary<string, System.Text.Json.JsonElement> Values, string? Note = null);

public sealed record EnterpriseReportQuery
{
    public Guid? ProjectId { get; init; }
    public EnterpriseReportStatus? Status { get; init; }
    public int? Year { get; init; }
    public int? Quarter { get; init; }
    public int? Page { get; init; }
    public int? PageSize { get; init; }
}

/// <summary>An officer's decision; accepting a quarter in a frozen month needs a leader's exception.</summary>
public sealed record DecideEnterpriseReportRequest(string? Comment, Guid? FreezeExceptionId = null);

/// <summary>An FDI enterprise that owes a report for the period and has filed none (or only returned ones).</summary>
public sealed record MissingEnterpriseReportDto(Guid ProjectId, string ProjectCode, string ProjectName, string? EnterpriseName, DateOnly DueDate,
    int DaysOverdue, bool Escalated, bool ReturnedOnly);

public sealed record MissingEnterpriseReportsDto(ReportPeriodKind PeriodKind, int Year, int Quarter, DateOnly DueDate, int Expected, int Filed,
    IReadOnlyList<MissingEnterpriseReportDto> Missing);
