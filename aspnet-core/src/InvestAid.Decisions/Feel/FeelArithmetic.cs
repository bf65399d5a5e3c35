namespace InvestAid.Decisions.Feel;

/// <summary>+, -, *, / and ** over numbers, strings, dates and durations; anything else gives null.</summary>
internal static class FeelArithmetic
{
    public static object? Apply(string op, object? a, object? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        (a, b) = (Coerce(a, b), Coerce(b, a));
        try
        {
            return op switch
            {
                "+" => Add(a, b),
                "-" => Subtract(a, b),
                "*" => (a, b) switch
                {
                    (decimal x, decimal y) => x * y,
                    (TimeSpan t, decimal n) => TimeSpan.FromTicks((long)(t.Ticks * n)),
                    (decimal n, TimeSpan t) => TimeSpan.FromTicks((long)(t.Ticks * n)),
                    (YearsMonthsDuration d, decimal n) => new YearsMonthsDuration((int)Math.Round(d.Months * n)),
                    (decimal n, YearsMonthsDuration d) => new YearsMonthsDuration((int)Math.Round(d.Months * n)),
                    _ => null,
                },
                "/" => (a, b) switch
                {
                    (decimal _, 0m) => null,
                    (decimal x, decimal y) => x / y,
                    (TimeSpan t, decimal n) when n != 0 => TimeSpan.FromTicks((long)(t.Ticks / n)),
                    (TimeSpan t, TimeSpan u) when u.Ticks != 0 => (decimal)t.Ticks / u.Ticks,
                    (YearsMonthsDuration d, YearsMonthsDuration e) when e.Months != 0 => (decimal)d.Months / e.Months,
                    _ => null,
                },
                "**" => (a, b) switch
                {
                    (decimal x, decimal y) => (decimal)Math.Pow((double)x, (double)y),
                    _ => null,
                },
                _ => null,
            };
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    // A JSON string met by a date or a duration in arithmetic is read as one.
    private static object Coerce(object value, object other) => value is string s && other is not string
        ? other switch
        {
            DateOnly => (object?)FeelValues.ParseDate(s) ?? s,
            DateTime => (object?)FeelValues.ParseDateTime(s) ?? s,
            TimeSpan or YearsMonthsDuration => FeelValues.ParseDate(s) is { } d ? d : (object?)FeelValues.ParseDateTime(s) ?? FeelValues.ParseDuration(s) ?? s,
            _ => s,
        }
        : value;

    private static object? Add(object a, object b) => (a, b) switch
    {
        (decimal x, decimal y) => x + y,
        (string x, string y) => x + y,
        (TimeSpan x, TimeSpan y) => x + y,
        (YearsMonthsDuration x, YearsMonthsDuration y) => new YearsMonthsDuration(x.Months + y.Months),
        (DateOnly d, TimeSpan t) => d.AddDays(t.Days),
        (TimeSpan t, DateOnly d) => d.AddDays(t.Days),
        (DateOnly d, YearsMonthsDuration m) => d.AddMonths(m.Months),
        (YearsMonthsDuration m, DateOnly d) => d.AddMonths(m.Months),
        (DateTime d, TimeSpan t) => d + t,
        (TimeSpan t, DateTime d) => d + t,
        (DateTime d, YearsMonthsDuration m) => d.AddMonths(m.Months),
        (YearsMonthsDuration m, DateTime d) => d.AddMonths(m.Months),
        _ => null,
    };

    private static object? Subtract(object a, object b) => (a, b) switch
    {
        (decimal x, decimal y) => x - y,
        (TimeSpan x, TimeSpan y) => x - y,
        (YearsMonthsDuration x, YearsMonthsDuration y) => new YearsMonthsDuration(x.Months - y.Months),
        (DateOnly x, DateOnly y) => TimeSpan.FromDays(x.DayNumber - y.DayNumber),
        (DateTime x, DateTime y) => x - y,
        (DateOnly x, DateTime y) => x.ToDateTime(TimeOnly.MinValue) - y,
        (DateTime x, DateOnly y) => x - y.ToDateTime(TimeOnly.MinValue),
        (DateOnly d, TimeSpan t) => d.AddDays(-t.Days),
        (DateOnly d, YearsMonthsDuration m) => d.AddMonths(-m.Months),
        (DateTime d, TimeSpan t) => d - t,
        (DateTime d, YearsMonthsDuration m) => d.AddMonths(-m.Months),
        _ => null,
    };
}
