namespace InvestAid.Finance;

/// <summary>An NGO commitment's receipts, its expected schedule and the totals.</summary>
public sealed record ReceiptsDto(
    decimal CommittedUsd, decimal ReceivedUsd, decimal ReceivedVnd, IReadOnlyList<ReceiptDto> Receipts, IReadOnlyList<ExpectedReceiptDto> Schedule);
