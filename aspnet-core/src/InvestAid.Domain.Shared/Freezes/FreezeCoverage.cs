namespace InvestAid.Freezes;

/// <summary>What a freeze covers: the FDI capital ledger and implemented capital, the aid finance rows, or both.</summary>
public enum FreezeCoverage
{
    All,
    FdiLedger,
    AidFinance,
}
