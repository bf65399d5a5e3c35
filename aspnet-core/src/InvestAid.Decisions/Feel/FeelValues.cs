using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;

namespace InvestAid.Decisions.Feel;

/// <summary>
/// The FEEL value domain as CLR values: null, decimal, string, bool, DateOnly, DateTime, TimeSpan (days and
/// time duration), <see cref="YearsMonthsDuration"/>, lists, contexts (string-keyed dictionaries) and ranges.
/// Comparing or adding values of different kinds gives null, as FEEL does, never an exception.
/// </summary>
public static class FeelValues
{
    /// <summary>A variable from the outside (JSON or CLR) as a FEEL value.</summary>
    public static object? From(object? value) => value switch
    {
        null => null,
        JsonNode node => FromJson(node),
        JsonElement element => FromJson(JsonNode.Parse(element.GetRawText())),
        decimal or string or bool or DateOnly or TimeSpan or YearsMonthsDuration or FeelRange => value,
        DateTime dt => dt,
        DateTimeOffset dto => dto.UtcDateTime,
        int i => (decimal)i,
        long l => (decimal)l,
        short s => (decimal)s,
        double d => double.IsFinite(d) ? (decimal)d : null,
        float f => float.IsFinite(f) ? (decimal)f : null,
        IDictionary<string, object?> map => map.ToDictionary(p => p.Key, p => From(p.Value)),
        System.Collections.IEnumerable list => list.Cast<object?>().Select(From).ToList(),
        _ => value.ToString(),
    };

    public static object? FromJson(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o => o.ToDictionary(p => p.Key, p => FromJson(p.Value)),
        JsonArray a => a.Select(FromJson).ToList(),
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.Number => v.TryGetValue<decimal>(out var d) ? d : (decimal)v.GetValue<double>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String => v.GetValue<string>(),
            _ => From(v.GetValue<object>()),
        },
        _ => null,
    };

    /// <summary>A FEEL value as JSON: dates and durations become their ISO 8601 text.</summary>
    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        decimal d => JsonValue.Create(d),
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        DateOnly date => JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        DateTime dt => JsonValue.Create(dt.ToString(dt.Kind == DateTimeKind.Utc ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)),
        TimeSpan ts => JsonValue.Create(XmlConvert.ToString(ts)),
        YearsMonthsDuration ym => JsonValue.Create(ym.ToString()),
        IDictionary<string, object?> map => new JsonObject(map.Select(p => KeyValuePair.Create(p.Key, ToJson(p.Value)))),
        IEnumerable<object?> list => new JsonArray([.. list.Select(ToJson)]),
        FeelRange r => JsonValue.Create(Describe(r)),
        _ => JsonValue.Create(value.ToString()),
    };

    public static string Describe(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        FeelRange r => (r.StartIncluded ? "[" : "(") + Describe(r.Start) + ".." + Describe(r.End) + (r.EndIncluded ? "]" : ")"),
        _ => ToJson(value)!.ToJsonString(),
    };

    public static string TypeName(object? value) => value switch
    {
        null => "null",
        decimal => "number",
        string => "string",
        bool => "boolean",
        DateOnly => "date",
        DateTime => "date and time",
        TimeSpan => "days and time duration",
        YearsMonthsDuration => "years and months duration",
        IDictionary<string, object?> => "context",
        IEnumerable<object?> => "list",
        FeelRange => "range",
        _ => value.GetType().Name,
    };

    /// <summary>FEEL equality: null only equals null; values of different kinds are not equal (null result).</summary>
    public static bool? Equal(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        (a, b) = Align(a, b);
        return (a, b) switch
        {
            (decimal x, decimal y) => x == y,
            (string x, string y) => string.Equals(x, y, StringComparison.Ordinal),
            (bool x, bool y) => x == y,
            (DateOnly x, DateOnly y) => x == y,
            (DateTime x, DateTime y) => x == y,
            (TimeSpan x, TimeSpan y) => x == y,
            (YearsMonthsDuration x, YearsMonthsDuration y) => x == y,
            (IList<object?> x, IList<object?> y) => x.Count == y.Count && x.Zip(y).All(p => Equal(p.First, p.Second) == true),
            (IDictionary<string, object?> x, IDictionary<string, object?> y) =>
                x.Count == y.Count && x.All(p => y.TryGetValue(p.Key, out var other) && Equal(p.Value, other) == true),
            (FeelRange x, FeelRange y) => x == y,
            _ => null,
        };
    }

    /// <summary>Order of two values of one ordered kind; null when they cannot be compared.</summary>
    public static int? Compare(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        (a, b) = Align(a, b);
        return (a, b) switch
        {
            (decimal x, decimal y) => x.CompareTo(y),
            (string x, string y) => string.CompareOrdinal(x, y),
            (DateOnly x, DateOnly y) => x.CompareTo(y),
            (DateTime x, DateTime y) => x.CompareTo(y),
            (TimeSpan x, TimeSpan y) => x.CompareTo(y),
            (YearsMonthsDuration x, YearsMonthsDuration y) => x.CompareTo(y),
            _ => null,
        };
    }

    /// <summary>
    /// Variables arrive as JSON, where a date is a string: a string met by a date, a date-time or a duration is
    /// read as one, and a date met by a date-time is its midnight.
    /// </summary>
    private static (object A, object B) Align(object a, object b)
    {
        if (a is string s && b is not string && TryParseLike(s, b, out var parsedA))
        {
            return (parsedA, b);
        }

        if (b is string t && a is not string && TryParseLike(t, a, out var parsedB))
        {
            return (a, parsedB);
        }

        return (a, b) switch
        {
            (DateOnly d, DateTime) => (d.ToDateTime(TimeOnly.MinValue), b),
            (DateTime, DateOnly d) => (a, d.ToDateTime(TimeOnly.MinValue)),
            _ => (a, b),
        };
    }

    private static bool TryParseLike(string text, object like, out object parsed)
    {
        parsed = text;
        object? value = like switch
        {
            DateOnly => ParseDate(text),
            DateTime => ParseDateTime(text),
            TimeSpan or YearsMonthsDuration => ParseDuration(text),
            _ => null,
        };
        if (value is null)
        {
            return false;
        }

        parsed = value;
        return true;
    }

    public static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : DateTime.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var dt) && text.Contains('T') ? DateOnly.FromDateTime(dt)
        : null;

    public static DateTime? ParseDateTime(string text)
    {
        text = text.Trim();
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dto)
            && (text.EndsWith('Z') || text.LastIndexOfAny(['+', '-']) > text.IndexOf('T', StringComparison.Ordinal) && text.Contains('T')))
        {
            return dto.UtcDateTime;
        }

        return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) ? DateTime.SpecifyKind(local, DateTimeKind.Unspecified) : null;
    }

    /// <summary>An ISO 8601 duration: years and months (P1Y2M) or days and time (P3DT4H); mixing both is not FEEL.</summary>
    public static object? ParseDuration(string text)
    {
        text = text.Trim();
        var negative = text.StartsWith('-');
        var body = negative ? text[1..] : text;
        if (!body.StartsWith('P') || body.Length < 2)
        {
            return null;
        }

        var m = System.Text.RegularExpressions.Regex.Match(body, @"^P(?:(\d+)Y)?(?:(\d+)M)?$");
        if (m.Success && (m.Groups[1].Success || m.Groups[2].Success))
        {
            var months = (m.Groups[1].Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) * 12 : 0)
                + (m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : 0);
            return new YearsMonthsDuration(negative ? -months : months);
        }

        if (body.Contains('Y') || (body.Contains('M') && !body.Contains('T')))
        {
            return null;
        }

        try
        {
            var span = XmlConvert.ToTimeSpan(body);
            return negative ? span.Negate() : span;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public static bool IsList(object? value) => value is IList<object?>;
}
