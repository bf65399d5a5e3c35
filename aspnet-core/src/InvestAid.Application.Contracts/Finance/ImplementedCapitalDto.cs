namespace InvestAid.Finance;

public sealed record ImplementedCapitalDto(Guid Id, Guid ProjectId, int Year, int Quarter, decimal AmountUsd, decimal AmountVnd, DateOnly SubmittedOn);
