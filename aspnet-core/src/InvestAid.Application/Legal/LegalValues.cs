using System.Globalization;
using System.Text.Json.Nodes;

namespace InvestAid.Legal;

/// <summary>How a parameter's value reads to a procedure model, and which values a unit accepts.</summary>
public static class LegalValues
{
    /// <summary>Durations as ISO-8601 (working days as P{n}WD, the engine's extension); amounts as numbers; days of the year as MM-DD.</summary>
    public static string ModelValue(string value, LegalUnit unit) => unit switch
    {
        LegalUnit.CalendarDays => $"P{value}D",
        LegalUnit.WorkingDays => $"P{value}WD",
        LegalUnit.Months => $"P{value}M",
        _ => value,
    };

    public static JsonNode ModelNode(string value, LegalUnit unit) => unit switch
    {
        LegalUnit.Usd or LegalUnit.Percent or LegalUnit.Count => JsonValue.Create(decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(ModelValue(value, unit)),
    };

    /// <summary>Null when the value fits the unit, else the reason.</summary>
    public static string? Check(string? value, LegalUnit unit)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "Giá trị là bắt buộc.";
        }
        value = value.Trim();
        return unit switch
        {
            LegalUnit.CalendarDays or LegalUnit.WorkingDays or LegalUnit.Months or LegalUnit.Count =>
                int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 3650 ? null : "Giá trị phải là số nguyên từ 0 đến 3650.",
            LegalUnit.Usd or LegalUnit.Percent =>
                decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) && d >= 0 && d < 1_000_000_000_000m
                    ? null : "Giá trị phải là số không âm (dấu chấm thập phân).",
            LegalUnit.DayOfYear => DateOnly.TryParseExact("2024-" + value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                ? null : "Ngày trong năm phải có dạng MM-DD, ví dụ 01-15.",
            _ => "Đơn vị không hợp lệ.",
        };
    }

    /// <summary>The number of months of a P{n}M model value (0 when it is not one).</summary>
    public static int ParseMonths(string text) =>
        System.Text.RegularExpressions.Regex.Match(text, "^P([0-9]{1,4})M$") is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;

    /// <summary>The limit and unit an SLA clock takes from a model value (P10D, P10WD) or a plain number with a unit.</summary>
    public static (int Limit, Workflows.Calendar.TimeLimitUnit Unit)? ParseDuration(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var m = System.Text.RegularExpressions.Regex.Match(text.Trim(), "^P([0-9]{1,4})(W?)D$");
        return m.Success
            ? (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture),
                m.Groups[2].Value == "W" ? Workflows.Calendar.TimeLimitUnit.WorkingDays : Workflows.Calendar.TimeLimitUnit.CalendarDays)
            : null;
    }
}
