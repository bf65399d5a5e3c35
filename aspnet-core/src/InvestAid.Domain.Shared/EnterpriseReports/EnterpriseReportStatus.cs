namespace InvestAid.EnterpriseReports;

/// <summary>An enterprise's periodic report: filed and waiting, accepted by an officer, returned for correction, or replaced by a later revision.</summary>
public enum EnterpriseReportStatus
{
    Filed,
    Accepted,
    Returned,
    Superseded,
}
