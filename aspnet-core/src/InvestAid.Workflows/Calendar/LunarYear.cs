namespace InvestAid.Workflows.Calendar;

/// <summary>
/// The months of one Vietnamese lunar year, from Tết (month 1, day 1) to the day before the
/// next Tết. Immutable once built, so one instance is shared by all threads.
/// </summary>
internal sealed class LunarYear
{
    /// <summary>Start day numbers (<see cref="DateOnly.DayNumber"/>) of each month, plus next Tết at the end.</summary>
    private readonly int[] _starts;
    private readonly byte[] _numbers;

    private LunarYear(int year, int[] starts, byte[] numbers, int leapMonth)
    {
        Year = year;
        _starts = starts;
        _numbers = numbers;
        LeapMonth = leapMonth;
    }

    public int Year { get; }

    /// <summary>The month number that is repeated as a leap month this year, or 0.</summary>
    public int LeapMonth { get; }

    public int MonthCount => _numbers.Length;

    public DateOnly NewYear => DateOnly.FromDayNumber(_starts[0]);

    public DateOnly NextNewYear => DateOnly.FromDayNumber(_starts[^1]);

    /// <param name="before">The solstice year holding months 1–10 (it began in December of <paramref name="year"/> − 1).</param>
    /// <param name="after">The solstice year holding months 11 and 12 and the next Tết.</param>
    public static LunarYear Build(int year, SolsticeYear before, SolsticeYear after)
    {
        var starts = new List<int>(14);
        var numbers = new List<byte>(13);
        var leapMonth = 0;

        void Add(SolsticeYear source, int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                starts.Add(JdnToDayNumber(source.StartJdn(i)));
                numbers.Add((byte)source.MonthNumber(i));
                if (i == source.LeapIndex)
                {
                    leapMonth = source.MonthNumber(i);
                }
            }
        }

        Add(before, before.FirstMonthIndex, before.MonthCount);
        Add(after, 0, after.FirstMonthIndex);
        starts.Add(JdnToDayNumber(after.StartJdn(after.FirstMonthIndex)));

        return new LunarYear(year, [.. starts], [.. numbers], leapMonth);
    }

    public bool Contains(DateOnly date) => date.DayNumber >= _starts[0] && date.DayNumber < _starts[^1];

    public LunarDate ToLunar(DateOnly date)
    {
        var day = date.DayNumber;
        var index = Array.BinarySearch(_starts, day);
        if (index < 0)
        {
            index = ~index - 1;
        }

        var number = _numbers[index];
        var isLeap = index > 0 && _numbers[index - 1] == number;
        return new LunarDate(Year, number, day - _starts[index] + 1, isLeap);
    }

    /// <summary>Index of the month, or -1 if this year has no such month.</summary>
    public int IndexOf(int month, bool isLeap)
    {
        for (var i = 0; i < _numbers.Length; i++)
        {
            if (_numbers[i] != month)
            {
                continue;
            }

            var leapHere = i > 0 && _numbers[i - 1] == month;
            if (leapHere == isLeap)
            {
                return i;
            }
        }

        return -1;
    }

    public int DaysInMonth(int index) => _starts[index + 1] - _starts[index];

    public DateOnly MonthStart(int index) => DateOnly.FromDayNumber(_starts[index]);

    private static int JdnToDayNumber(int jdn) => Astronomy.JulianDay.FromJdn(jdn).DayNumber;
}
