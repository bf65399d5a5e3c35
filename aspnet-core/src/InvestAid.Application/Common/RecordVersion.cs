namespace InvestAid.Common;

/// <summary>
/// A record's version as the API shows it (the ETag, and <c>version</c> in bodies) and reads it back
/// from <c>If-Match</c>: the row version number, quoted, weak or strong.
/// </summary>
public static class RecordVersion
{
    public static string Format(uint version) => version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string ToETag(uint version) => $"\"{Format(version)}\"";

    /// <summary>The version a client sent, or throws <see cref="PreconditionFailedException"/> (missing → 428, unreadable → 412).</summary>
    public static uint Parse(string? ifMatch)
    {
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            throw new PreconditionFailedException(missing: true);
        }
        var value = ifMatch.Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }
        value = value.Trim('"');
        return uint.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v)
            ? v
            : throw new PreconditionFailedException(missing: false);
    }
}
