using System.Globalization;
using System.Text.RegularExpressions;

namespace InvestAid.Decisions.Feel;

/// <summary>The built-in functions of the subset (DMN 1.3 chapter 10.3.4), by name.</summary>
internal static class FeelFunctions
{
    private const int Many = int.MaxValue;

    public static readonly IReadOnlyDictionary<string, FeelFunction> All = new Dictionary<string, FeelFunction>(StringComparer.Ordinal)
    {
        ["not"] = new(1, 1, a => a[0] is bool b ? !b : null),
        ["date"] = new(1, 3, a => a.Length == 3
            ? a.All(x => x is decimal) ? new DateOnly((int)(decimal)a[0]!, (int)(decimal)a[1]!, (int)(decimal)a[2]!) : null
            : a[0] switch { string s => FeelValues.ParseDate(s), DateOnly d => d, DateTime t => DateOnly.FromDateTime(t), _ => null }),
        ["date and time"] = new(1, 2, a => a.Length == 2
            ? a[0] is DateOnly d && a[1] is string time && TimeOnly.TryParse(time, CultureInfo.InvariantCulture, out var t) ? d.ToDateTime(t) : null
            : a[0] switch { string s => FeelValues.ParseDateTime(s), DateOnly d2 => d2.ToDateTime(TimeOnly.MinValue), DateTime t2 => t2, _ => null }),
        ["duration"] = new(1, 1, a => a[0] is string s ? FeelValues.ParseDuration(s) : null),
        ["years and months duration"] = new(2, 2, a => (a[0], a[1]) switch
        {
            (DateOnly from, DateOnly to) => new YearsMonthsDuration(Months(from, to)),
            _ => null,
        }),
        ["number"] = new(1, 3, a => a[0] switch
        {
            string s => decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null,
            decimal d => d,
            _ => null,
        }),
        ["string"] = new(1, 1, a => a[0] switch { null => null, string s => s, _ => FeelValues.ToJson(a[0]) is { } json && json.GetValueKind() == System.Text.Json.JsonValueKind.String ? json.GetValue<string>() : FeelValues.ToJson(a[0])?.ToJsonString() }),
        ["string length"] = new(1, 1, a => a[0] is string s ? (decimal)s.Length : null),
        ["upper case"] = new(1, 1, a => (a[0] as string)?.ToUpperInvariant()),
        ["lower case"] = new(1, 1, a => (a[0] as string)?.ToLowerInvariant()),
        ["substring"] = new(2, 3, a => Substring(a)),
        ["substring before"] = new(2, 2, a => a is [string s, string m] ? s.IndexOf(m, StringComparison.Ordinal) is var i and >= 0 ? s[..i] : "" : null),
        ["substring after"] = new(2, 2, a => a is [string s, string m] ? s.IndexOf(m, StringComparison.Ordinal) is var i and >= 0 ? s[(i + m.Length)..] : "" : null),
        ["contains"] = new(2, 2, a => a is [string s, string m] ? s.Contains(m, StringComparison.Ordinal) : null),
        ["starts with"] = new(2, 2, a => a is [string s, string m] ? s.StartsWith(m, StringComparison.Ordinal) : null),
        ["ends with"] = new(2, 2, a => a is [string s, string m] ? s.EndsWith(m, StringComparison.Ordinal) : null),
        ["matches"] = new(2, 3, a => a[0] is string s && a[1] is string p
            ? Regex.IsMatch(s, p, a.Length > 2 && a[2] is string f && f.Contains('i') ? RegexOptions.IgnoreCase : RegexOptions.None, TimeSpan.FromMilliseconds(100))
            : null),
        ["list contains"] = new(2, 2, a => a[0] is IList<object?> list ? list.Any(x => FeelValues.Equal(x, a[1]) == true) : null),
        ["count"] = new(1, Many, a => Items(a) is { } list ? (decimal)list.Count : null),
        ["min"] = new(1, Many, a => Extreme(Items(a), -1)),
        ["max"] = new(1, Many, a => Extreme(Items(a), 1)),
        ["sum"] = new(1, Many, a => Items(a) is { } list && list.All(x => x is decimal) ? list.Sum(x => (decimal)x!) : null),
        ["mean"] = new(1, Many, a => Items(a) is { Count: > 0 } list && list.All(x => x is decimal) ? list.Average(x => (decimal)x!) : null),
        ["all"] = new(1, Many, a => Items(a) is { } list && list.All(x => x is bool) ? list.All(x => (bool)x!) : null),
        ["any"] = new(1, Many, a => Items(a) is { } list && list.All(x => x is bool) ? list.Any(x => (bool)x!) : null),
        ["append"] = new(2, Many, a => a[0] is IList<object?> list ? list.Concat(a.Skip(1)).ToList() : null),
        ["concatenate"] = new(1, Many, a => a.All(x => x is IList<object?>) ? a.SelectMany(x => (IList<object?>)x!).ToList() : null),
        ["distinct values"] = new(1, 1, a => a[0] is IList<object?> list ? Distinct(list) : null),
        ["abs"] = new(1, 1, a => a[0] switch { decimal d => Math.Abs(d), TimeSpan t => t.Duration(), _ => null }),
        ["floor"] = new(1, 1, a => a[0] is decimal d ? Math.Floor(d) : null),
        ["ceiling"] = new(1, 1, a => a[0] is decimal d ? Math.Ceiling(d) : null),
        ["decimal"] = new(2, 2, a => a is [decimal d, decimal s] ? Math.Round(d, (int)s, MidpointRounding.ToEven) : null),
        ["round half up"] = new(2, 2, a => a is [decimal d, decimal s] ? Math.Round(d, (int)s, MidpointRounding.AwayFromZero) : null),
        ["modulo"] = new(2, 2, a => a is [decimal d, decimal s] && s != 0 ? d - (s * Math.Floor(d / s)) : null),
        ["is defined"] = new(1, 1, a => a[0] is not null),
    };

    private static int Months(DateOnly from, DateOnly to)
    {
        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month;
        if (months > 0 && to.Day < from.Day)
        {
            months--;
        }
        else if (months < 0 && to.Day > from.Day)
        {
            months++;
        }

        return months;
    }

    private static string? Substring(object?[] a)
    {
        if (a[0] is not string s || a[1] is not decimal start)
        {
            return null;
        }

        var from = start > 0 ? (int)start - 1 : s.Length + (int)start;
        if (from < 0 || from > s.Length)
        {
            return null;
        }

        var length = a.Length > 2 && a[2] is decimal l ? Math.Min((int)l, s.Length - from) : s.Length - from;
        return length < 0 ? null : s.Substring(from, length);
    }

    // count(list) or count(a, b, c): one list argument or several values.
    private static IList<object?>? Items(object?[] a) => a.Length == 1 ? a[0] as IList<object?> : a;

    private static object? Extreme(IList<object?>? list, int sign)
    {
        if (list is null || list.Count == 0)
        {
            return null;
        }

        var best = list[0];
        foreach (var item in list.Skip(1))
        {
            var c = FeelValues.Compare(item, best);
            if (c is null)
            {
                return null;
            }

            if (c * sign > 0)
            {
                best = item;
            }
        }

        return best;
    }

    private static List<object?> Distinct(IList<object?> list)
    {
        var result = new List<object?>();
        foreach (var item in list.Where(item => !result.Any(r => FeelValues.Equal(r, item) == true)))
        {
            result.Add(item);
        }

        return result;
    }
}
