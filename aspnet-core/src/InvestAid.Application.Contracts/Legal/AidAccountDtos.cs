namespace InvestAid.Finance;

public sealed record SaveAidAccountRequest(string AccountNumber, string BankName, string? AccountHolder);

/// <summary>The aid's dedicated account and the receipts into it.</summary>
public sealed record AidAccountDto(Guid ProjectId, string AccountNumber, string BankName, string? AccountHolder, string RecordedBy, DateTimeOffset RecordedAt,
    int ReceiptCount, decimal ReceivedUsd, decimal ReceivedVnd);
