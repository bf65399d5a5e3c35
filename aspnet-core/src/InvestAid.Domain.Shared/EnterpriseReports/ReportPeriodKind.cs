namespace InvestAid.EnterpriseReports;

/// <summary>Quarterly (báo cáo quý) or yearly (báo cáo năm) investment-implementation report.</summary>
public enum ReportPeriodKind
{
    Quarterly,
    Yearly,
}
