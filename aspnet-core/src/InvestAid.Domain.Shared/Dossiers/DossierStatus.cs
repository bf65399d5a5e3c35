namespace InvestAid.Dossiers;

/// <summary>Where a dossier (hồ sơ) stands in its procedure.</summary>
public enum DossierStatus
{
    InProgress,
    Approved,
    Rejected,
    Completed,
    Cancelled,
}
