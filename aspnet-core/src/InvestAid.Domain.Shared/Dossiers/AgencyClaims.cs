namespace InvestAid.Dossiers;

/// <summary>
/// A consulted agency's code — a code of the Agency reference list (STC, CAT, LHHN, SYT…) — travels as a user
/// claim; the workflow sees the user in the group <c>agency:&lt;code&gt;</c>, the group a consultation task is offered to.
/// </summary>
public static class AgencyClaims
{
    public const string ClaimType = "investaid:agency";
    public const string GroupPrefix = "agency:";

    public static string GroupOf(string agencyCode) => GroupPrefix + agencyCode;
}
