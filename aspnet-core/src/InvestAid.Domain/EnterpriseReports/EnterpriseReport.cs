using System.Text.Json;
using InvestAid.Common;
using InvestAid.Errors;

namespace InvestAid.EnterpriseReports;

/// <summary>
/// An FDI enterprise's periodic investment-implementation report (báo cáo tình hình thực hiện dự án đầu tư), quarterly or
/// yearly, filed online by the owner. Its figures follow a versioned form definition (<see cref="FormVersion"/>). Once filed
/// it is never edited: a correction is a new revision of the same period, and the earlier one is superseded.
/// </summary>
public sealed class EnterpriseReport : AggregateRoot
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private EnterpriseReport() { }

    public EnterpriseReport(Guid projectId, ReportPeriodKind periodKind, int year, int quarter, int revision, string formVersion,
        IReadOnlyDictionary<string, decimal> values, string? note, Guid? filedById, string? filedByName, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(revision, 1);
        ProjectId = projectId;
        PeriodKind = periodKind;
        Year = year;
        Quarter = periodKind == ReportPeriodKind.Yearly ? 0 : quarter;
        Revision = revision;
        FormVersion = formVersion;
        ValuesJson = JsonSerializer.Serialize(values, Json);
        Note = note;
        FiledById = filedById;
        FiledByName = filedByName;
        FiledAt = now;
        Status = EnterpriseReportStatus.Filed;
    }

    public Guid ProjectId { get; private set; }
    public ReportPeriodKind PeriodKind { get; private set; }
    public int Year { get; private set; }
    /// <summary>1–4 for a quarterly report, 0 for the yearly one.</summary>
    public int Quarter { get; private set; }
    public int Revision { get; private set; }
    public string FormVersion { get; private set; } = "";
    public string ValuesJson { get; private set; } = "{}";
    public string? Note { get; private set; }
    public EnterpriseReportStatus Status { get; private set; }
    public Guid? FiledById { get; private set; }
    public string? FiledByName { get; private set; }
    public DateTimeOffset FiledAt { get; private set; }
    public Guid? DecidedById { get; private set; }
    public string? DecidedByName { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecisionComment { get; private set; }

    public IReadOnlyDictionary<string, decimal> Values => JsonSerializer.Deserialize<Dictionary<string, decimal>>(ValuesJson, Json) ?? [];

    public decimal Value(string field) => Values.TryGetValue(field, out var v) ? v : 0m;

    public string PeriodLabel => PeriodKind == ReportPeriodKind.Yearly ? $"năm {Year}" : $"quý {Quarter}/{Year}";

    public void Accept(Guid? byId, string? byName, string? comment, DateTimeOffset now)
    {
        EnsureFiled();
        Status = EnterpriseReportStatus.Accepted;
        Decide(byId, byName, comment, now);
    }

    public void Return(Guid? byId, string? byName, string comment, DateTimeOffset now)
    {
        EnsureFiled();
        Status = EnterpriseReportStatus.Returned;
        Decide(byId, byName, comment, now);
    }

    /// <summary>A later revision of the same period replaces this one.</summary>
    public void Supersede() => Status = EnterpriseReportStatus.Superseded;

    private void Decide(Guid? byId, string? byName, string? comment, DateTimeOffset now)
    {
        DecidedById = byId;
        DecidedByName = byName;
        DecidedAt = now;
        DecisionComment = comment;
    }

    private void EnsureFiled()
    {
        if (Status != EnterpriseReportStatus.Filed)
        {
            throw new DomainException(ErrorCodes.ReportState, $"Báo cáo {PeriodLabel} (lần {Revision}) không ở trạng thái chờ xử lý. / The report is not waiting for a decision.");
        }
    }
}
