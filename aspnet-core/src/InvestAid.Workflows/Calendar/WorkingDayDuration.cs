using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace InvestAid.Workflows.Calendar;

/// <summary>
/// A duration in working days written ISO-8601-like as <c>P&lt;n&gt;WD</c> (e.g. <c>P10WD</c>, "10
/// working days"), used on BPMN timers. Not ISO itself, which has no working-day designator.
/// </summary>
public readonly record struct WorkingDayDuration : IParsable<WorkingDayDuration>
{
    /// <summary>Upper bound (about 14 years of working days): bounds the calendar walk and catches typos.</summary>
    public const int MaxDays = 3650;

    public WorkingDayDuration(int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, MaxDays);
        Days = days;
    }

    public int Days { get; }

    /// <exception cref="FormatException">The text is not <c>P&lt;n&gt;WD</c> with 0 ≤ n ≤ <see cref="MaxDays"/>.</exception>
    public static WorkingDayDuration Parse(string s) => Parse(s, null);

    public static WorkingDayDuration Parse(string s, IFormatProvider? provider) =>
        TryParse(s, out var result, out var error) ? result : throw new FormatException(error);

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out WorkingDayDuration result) =>
        TryParse(s, out result, out _);

    public static bool TryParse([NotNullWhen(true)] string? s, out WorkingDayDuration result) =>
        TryParse(s, out result, out _);

    /// <summary>The date <see cref="Days"/> working days after <paramref name="start"/>.</summary>
    public DateOnly AddTo(IWorkingDayCalendar calendar, DateOnly start)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.AddWorkingDays(start, Days);
    }

    public override string ToString() => $"P{Days.ToString(CultureInfo.InvariantCulture)}WD";

    private static bool TryParse(string? s, out WorkingDayDuration result, out string error)
    {
        result = default;
        const string expected = "expected P<n>WD with a whole number of working days, e.g. P10WD";
        var text = s?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            error = $"A working-day duration is empty; {expected}.";
            return false;
        }

        if (text.Length < 4
            || char.ToUpperInvariant(text[0]) != 'P'
            || !text.EndsWith("WD", StringComparison.OrdinalIgnoreCase))
        {
            error = $"'{text}' is not a working-day duration; {expected}.";
            return false;
        }

        var digits = text.AsSpan(1, text.Length - 3);
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                error = $"'{text}' is not a working-day duration: '{digits}' is not a whole number; {expected}.";
                return false;
            }
        }

        if (digits.Length > 5
            || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var days)
            || days > MaxDays)
        {
            error = $"'{text}' is longer than the {MaxDays} working days allowed.";
            return false;
        }

        result = new WorkingDayDuration(days);
        error = string.Empty;
        return true;
    }
}
