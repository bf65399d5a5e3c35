namespace InvestAid.Finance;

public sealed record ExpectedReceiptInput(DateOnly DueDate, decimal Amount, string Currency, string? Note);
