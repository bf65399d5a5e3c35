namespace InvestAid.Proposals;

/// <summary>The kinds of change that go through validation; each has its own "officers' edits need a second person" setting.</summary>
public static class ProposalKinds
{
    /// <summary>The project's description (name, location, dates, details, investors).</summary>
    public const string ProjectData = "project-data";
    /// <summary>A disbursement row of an ODA or concessional-loan project.</summary>
    public const string Disbursement = "disbursement";
    /// <summary>A quarter's implemented capital of an FDI project.</summary>
    public const string ImplementedCapital = "implemented-capital";

    public static readonly IReadOnlyList<string> All = [ProjectData, Disbursement, ImplementedCapital];
}
