namespace InvestAid.Iati;

/// <summary>One IATI transaction of an activity: type code (2 commitment, 3 disbursement …), date, amount in a currency.</summary>
public sealed record IatiTransaction(Guid ProjectId, int TypeCode, DateOnly Date, decimal Value, string Currency, string? Description);
