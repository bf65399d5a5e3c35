using InvestAid.Common;

namespace InvestAid.Finance;

/// <summary>
/// Implemented (disbursed) capital of an FDI project in one quarter, as the enterprise reported it (vốn thực hiện).
/// One row per project and quarter: a later report for the same quarter replaces the figures.
/// </summary>
public sealed class ImplementedCapitalReport : Entity
{
    private ImplementedCapitalReport() { }

    public ImplementedCapitalReport(Guid projectId, int year, int quarter, decimal amountUsd, decimal amountVnd, DateOnly submittedOn, DateTimeOffset now)
    {
        ProjectId = projectId;
        Year = year;
        Quarter = quarter;
        Replace(amountUsd, amountVnd, submittedOn, now);
    }

    public Guid ProjectId { get; private set; }
    public int Year { get; private set; }
    public int Quarter { get; private set; }
    public decimal AmountUsd { get; private set; }
    public decimal AmountVnd { get; private set; }
    public DateOnly SubmittedOn { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    public void Replace(decimal amountUsd, decimal amountVnd, DateOnly submittedOn, DateTimeOffset now)
    {
        AmountUsd = amountUsd;
        AmountVnd = amountVnd;
        SubmittedOn = submittedOn;
        RecordedAt = now;
    }
}
