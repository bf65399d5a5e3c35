using InvestAid.Common;

namespace InvestAid.Finance;

/// <summary>
/// One instalment of an NGO commitment's schedule. It counts as received once the receipts up to any day
/// cover every instalment due up to it (compared in USD).
/// </summary>
public sealed class ExpectedReceipt : Entity
{
    private ExpectedReceipt() { }

    public ExpectedReceipt(Guid projectId, DateOnly dueDate, decimal amount, string currency, decimal amountUsd, string? note, DateTimeOffset now)
    {
        ProjectId = projectId;
        DueDate = dueDate;
        Amount = amount;
        Currency = currency;
        AmountUsd = amountUsd;
        Note = note;
        RecordedAt = now;
    }

    public Guid ProjectId { get; private set; }
    public DateOnly DueDate { get; private set; }
    public decimal Amount { get; private set; }
    public string Currency { get; private set; } = "";
    public decimal AmountUsd { get; private set; }
    public string? Note { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
}
