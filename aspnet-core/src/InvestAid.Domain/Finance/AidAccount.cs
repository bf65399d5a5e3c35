using InvestAid.Common;

namespace InvestAid.Finance;

/// <summary>
/// The dedicated account of a non-ODA aid (Decree 313/2025/ND-CP: the aid is received only after approval and all its money moves
/// through a dedicated aid account). One per aid; the aid's receipts are receipts into it.
/// </summary>
public sealed class AidAccount : Entity
{
    private AidAccount() { }

    public AidAccount(Guid projectId, string accountNumber, string bankName, string? accountHolder, string recordedBy, DateTimeOffset now)
    {
        ProjectId = projectId;
        Change(accountNumber, bankName, accountHolder, recordedBy, now);
    }

    public Guid ProjectId { get; private set; }
    public string AccountNumber { get; private set; } = "";
    public string BankName { get; private set; } = "";
    public string? AccountHolder { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }

    public void Change(string accountNumber, string bankName, string? accountHolder, string recordedBy, DateTimeOffset now)
    {
        AccountNumber = accountNumber.Trim();
        BankName = bankName.Trim();
        AccountHolder = string.IsNullOrWhiteSpace(accountHolder) ? null : accountHolder.Trim();
        RecordedBy = recordedBy;
        RecordedAt = now;
    }
}
