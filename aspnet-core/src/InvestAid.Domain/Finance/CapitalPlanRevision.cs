using InvestAid.Common;

namespace InvestAid.Finance;

/// <summary>
/// One version of an ODA project's annual capital plan (kế hoạch vốn năm): foreign funds and counterpart
/// funds in the agreement's currency and in VND. Revisions are appended, never edited; the plan in force on a
/// day is the latest revision effective on or before it.
/// </summary>
public sealed class CapitalPlanRevision : Entity
{
    private CapitalPlanRevision() { }

    public CapitalPlanRevision(Guid projectId, int year, int revision, DateOnly effectiveDate, string? reason, string currency,
        decimal foreignAmount, decimal counterpartAmount, decimal foreignVnd, decimal counterpartVnd, DateTimeOffset now, string? recordedBy)
    {
        ProjectId = projectId;
        Year = year;
        Revision = revision;
        EffectiveDate = effectiveDate;
        Reason = reason;
        Currency = currency;
        ForeignAmount = foreignAmount;
        CounterpartAmount = counterpartAmount;
        ForeignVnd = foreignVnd;
        CounterpartVnd = counterpartVnd;
        RecordedAt = now;
        RecordedBy = recordedBy;
    }

    public Guid ProjectId { get; private set; }
    public int Year { get; private set; }
    /// <summary>0 for the first plan of the year, then 1, 2, … for each revision (điều chỉnh kế hoạch).</summary>
    public int Revision { get; private set; }
    public DateOnly EffectiveDate { get; private set; }
    public string? Reason { get; private set; }
    public string Currency { get; private set; } = "";
    public decimal ForeignAmount { get; private set; }
    public decimal CounterpartAmount { get; private set; }
    public decimal ForeignVnd { get; private set; }
    public decimal CounterpartVnd { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public string? RecordedBy { get; private set; }

    public decimal TotalVnd => ForeignVnd + CounterpartVnd;

    /// <summary>The revision in force on <paramref name="day"/>, or null when the year's plan was not yet adopted.</summary>
    public static CapitalPlanRevision? InForceOn(IEnumerable<CapitalPlanRevision> revisions, DateOnly day) =>
        revisions.Where(r => r.EffectiveDate <= day).OrderBy(r => r.EffectiveDate).ThenBy(r => r.Revision).LastOrDefault();
}
