using System.Collections.Frozen;

namespace InvestAid.Workflows.Calendar;

/// <summary>
/// One Gregorian year of working days, precomputed so that counting and adding working days is
/// array arithmetic. Immutable; shared between threads.
/// </summary>
internal sealed class CalendarYear
{
    /// <summary>Working days from 1 January up to and including day index i.</summary>
    private readonly short[] _cumulative;

    /// <summary>Day index (0 = 1 January) of the k-th working day (k from 0).</summary>
    private readonly short[] _workingDays;

    private readonly FrozenDictionary<DateOnly, (string Reason, string? Notice)> _notes;

    private CalendarYear(int year, bool[] working, FrozenDictionary<DateOnly, (string, string?)> notes)
    {
        Year = year;
        FirstDayNumber = new DateOnly(year, 1, 1).DayNumber;
        _cumulative = new short[working.Length];
        var list = new List<short>(262);
        short count = 0;
        for (var i = 0; i < working.Length; i++)
        {
            if (working[i])
            {
                count++;
                list.Add((short)i);
            }

            _cumulative[i] = count;
        }

        _workingDays = [.. list];
        _notes = notes;
    }

    public int Year { get; }

    public int FirstDayNumber { get; }

    public int WorkingDayCount => _workingDays.Length;

    /// <summary>Working days from 1 January up to and including <paramref name="index"/>.</summary>
    public int CountThrough(int index) => _cumulative[index];

    public bool IsWorking(int index) => _cumulative[index] != (index == 0 ? 0 : _cumulative[index - 1]);

    /// <summary>Day number of the working day of rank <paramref name="rank"/> (1-based) in the year.</summary>
    public int DayNumberOfRank(int rank) => FirstDayNumber + _workingDays[rank - 1];

    public CalendarDay Describe(DateOnly date)
    {
        var working = IsWorking(date.DayNumber - FirstDayNumber);
        return _notes.TryGetValue(date, out var note)
            ? new CalendarDay(date, working, note.Reason, note.Notice)
            : new CalendarDay(date, working, null, null);
    }

    public static CalendarYear Build(
        int year,
        IReadOnlyList<HolidayDayOff> holidays,
        IEnumerable<CalendarAdjustment> adjustments)
    {
        var first = new DateOnly(year, 1, 1);
        var working = new bool[DateTime.IsLeapYear(year) ? 366 : 365];
        for (var i = 0; i < working.Length; i++)
        {
            working[i] = first.AddDays(i).DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
        }

        var notes = new Dictionary<DateOnly, (string, string?)>();
        foreach (var h in holidays)
        {
            working[h.Date.DayNumber - first.DayNumber] = false;
            notes[h.Date] = (h.IsCompensatory ? $"{h.Holiday} (compensatory)" : h.Holiday.ToString(), h.Notice);
        }

        // Notices come last: they are the government's final word on a date.
        var seen = new Dictionary<DateOnly, CalendarAdjustment>();
        foreach (var a in adjustments.Where(a => a.Date.Year == year))
        {
            if (seen.TryGetValue(a.Date, out var other) && other.Kind != a.Kind)
            {
                throw new CalendarException(
                    $"{a.Date:yyyy-MM-dd} is both a day off and a working day in the calendar data (notices {other.Notice} and {a.Notice}).");
            }

            seen[a.Date] = a;
            working[a.Date.DayNumber - first.DayNumber] = a.Kind == CalendarAdjustmentKind.WorkingDay;
            notes[a.Date] = (a.Reason, a.Notice);
        }

        return new CalendarYear(year, working, notes.ToFrozenDictionary());
    }
}
