using InvestAid.Common;

namespace InvestAid.Finance;

/// <summary>Money of an NGO aid commitment actually received (tiếp nhận), with the rate used.</summary>
public sealed class AidReceipt : Entity
{
    private AidReceipt() { }

    public AidReceipt(Guid projectId, DateOnly date, Money money, string? reference, DateTimeOffset now, string? recordedBy)
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
    public string? Reference { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public string? RecordedBy { get; private set; }
}
