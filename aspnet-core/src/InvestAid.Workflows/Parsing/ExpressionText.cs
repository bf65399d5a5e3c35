namespace InvestAid.Workflows.Parsing;

/// <summary>Camunda writes expressions as <c>${...}</c> or <c>#{...}</c>; the engine keeps them as <c>${...}</c>.</summary>
internal static class ExpressionText
{
    public static bool TryNormalize(string text, out string normalized)
    {
        var trimmed = text.Trim();
        normalized = trimmed;
        if (trimmed.Length < 3 || !trimmed.EndsWith('}'))
        {
            return false;
        }

        if (trimmed.StartsWith("#{", StringComparison.Ordinal))
        {
            normalized = "$" + trimmed[1..];
            return true;
        }

        return trimmed.StartsWith("${", StringComparison.Ordinal);
    }
}
