namespace InvestAid.Finance;

public static class FinanceConsts
{
    public const int MaxReferenceLength = 100;
    public const int MaxReasonLength = 1000;
    public const string Vnd = "VND";
    public const string Usd = "USD";
    /// <summary>No single movement of money in the registry exceeds this, in any currency (VND included).</summary>
    public const decimal MaxAmount = 1_000_000_000_000_000m;
    public const decimal MaxRate = 1_000_000_000m;
}
