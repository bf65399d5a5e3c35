namespace InvestAid.Reports;

/// <summary>Limits of the report parameters, shared by the validators and the API document.</summary>
public static class ReportConsts
{
    /// <summary>The first Law on Foreign Investment took effect in 1988; no FDI figure exists before it.</summary>
    public const int MinYear = 1988;
    public const int MaxYear = 2100;

    /// <summary>The draft template's file name and size limits.</summary>
    public const int MaxTemplateFileNameLength = 200;
    public const int MaxTemplateBytes = 5 * 1024 * 1024;

    /// <summary>Who publishes a snapshot when the monthly job does it.</summary>
    public const string SystemPublisher = "system";

    /// <summary>
    /// The reporting organisation of the IATI export. Vietnamese provincial people's committees have no
    /// identifier from an IATI-recognised registration agency, so we use the country prefix, "PPC"
    /// (provincial people's committee) and the province's GSO code (33 = Hưng Yên).
    /// </summary>
    public const string IatiReportingOrgRef = "VN-PPC-33";
}
