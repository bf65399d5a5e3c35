namespace InvestAid.Finance;

public sealed record ExpectedReceiptDto(Guid Id, Guid ProjectId, DateOnly DueDate, decimal Amount, string Currency, decimal AmountUsd, string? Note);
