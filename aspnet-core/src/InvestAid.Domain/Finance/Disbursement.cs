using InvestAid.Common;

namespace InvestAid.Finance;

/// <summary>Money paid out on an ODA or concessional-loan project (giải ngân), in its original currency with the rate used.</summary>
public sealed class Disbursement : Entity
{
    private Disbursement() { }

    public Disbursement(Guid projectId, DateOnly date, Money money, DisbursementSource source, string? reference, DateTimeOffset now, string? recordedBy)
    {
        ProjectId = projectId;
        Date = date;
        Amount = money.Amount;
        Currency = money.Currency;
        RateToVnd = money.RateToVnd;
        RateToUsd = money.RateToUsd;
        RateDate = money.RateDate;
        AmountVnd = money.AmountVnd;
        AmountUsd = money.AmountUsd;
        Source = source;
        Reference = reference;
        RecordedAt = now;
        RecordedBy = recordedBy;
    }

    public Guid ProjectId { get; private set; }
    public DateOnly Date { get; private set; }
    public decimal Amount { get; private set; }
    public string Currency { get; private set; } = "";
    public decimal RateToVnd { get; private set; }
    public decimal RateToUsd { get; private set; }
    public DateOnly RateDate { get; private set; }
    public decimal AmountVnd { get; private set; }
    public decimal AmountUsd { get; private set; }
    public DisbursementSource Source { get; private set; }
    public string? Reference { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public string? RecordedBy { get; private set; }
}
