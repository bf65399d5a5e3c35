namespace InvestAid.Finance;

/// <summary>Where disbursed money comes from: the ODA grant/credit, the concessional loan, or the Vietnamese counterpart fund (vốn đối ứng).</summary>
public enum DisbursementSource
{
    Oda,
    Loan,
    Counterpart,
}
