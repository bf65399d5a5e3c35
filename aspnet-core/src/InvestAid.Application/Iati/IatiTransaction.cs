namespace InvestAid.Iati;

/// <summary>
/// One IATI transaction of an activity: type code (1 incoming funds, 2 commitment, 3 disbursement …), date, amount in its
/// original currency, the value date (the day of the exchange rate used; the transaction date when none) and, for incoming
/// funds, the donor code of the provider organisation.
/// </summary>
public sealed record IatiTransaction(Guid ProjectId, int TypeCode, DateOnly Date, decimal Value, string Currency, string? Description,
    DateOnly? ValueDate = null, string? ProviderDonorCode = null);
