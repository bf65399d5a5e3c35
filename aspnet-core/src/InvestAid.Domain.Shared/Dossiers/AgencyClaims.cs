namespace InvestAid.Dossiers;

/// <summary>
/// A consulted agency's code (finance, police, foreign-affairs, friendship-union, line-department) travels
/// as a user claim; the workflow sees the user in the group <c>agency:&lt;code&gt;</c>.
/// </summary>
public static class AgencyClaims
{
    public const string ClaimType = "investaid:agency";
    public const string GroupPrefix = "agency:";

    public static string GroupOf(string agencyCode) => GroupPrefix + agencyCode;

    /// <summary>The demo convention <c>agency.&lt;code&gt;@…</c> (e.g. agency.finance@investaid.local → finance), else null.</summary>
    public static string? CodeFromDemoEmail(string email)
    {
        const string prefix = "agency.";
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return email.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && at > prefix.Length
            ? email[prefix.Length..at].ToLowerInvariant()
            : null;
    }
}
