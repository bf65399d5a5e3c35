using BenchmarkDotNet.Attributes;
using InvestAid.Workflows.Calendar;

namespace InvestAid.Benchmarks;

/// <summary>
/// Deadline arithmetic runs on every task creation and every SLA report row, so it must stay
/// array arithmetic once a year is cached. Run: dotnet run -c Release -- --filter *WorkingDayCalendar*
/// </summary>
[MemoryDiagnoser]
public class WorkingDayCalendarBenchmarks
{
    private const int Starts = 1024;

    private readonly DateOnly[] _starts = new DateOnly[Starts];
    private WorkingDayCalendar _calendar = null!;

    [GlobalSetup]
    public void Setup()
    {
        _calendar = new WorkingDayCalendar(VietnamCalendarSeed.DataSource);
        var random = new Random(20260101);
        var first = new DateOnly(2024, 1, 1).DayNumber;
        var last = new DateOnly(2030, 12, 31).DayNumber;
        for (var i = 0; i < Starts; i++)
        {
            _starts[i] = DateOnly.FromDayNumber(random.Next(first, last + 1));
        }

        // Warm the year cache: the benchmark measures the steady state, not the first computation.
        foreach (var start in _starts)
        {
            _calendar.AddWorkingDays(start, 20);
        }
    }

    [Benchmark(OperationsPerInvoke = Starts)]
    public DateOnly AddTwentyWorkingDays()
    {
        var last = default(DateOnly);
        foreach (var start in _starts)
        {
            last = _calendar.AddWorkingDays(start, 20);
        }

        return last;
    }

    [Benchmark(OperationsPerInvoke = 16)]
    public DateOnly LunarNewYear2020To2035()
    {
        var last = default(DateOnly);
        for (var year = 2020; year <= 2035; year++)
        {
            last = VietnameseLunarCalendar.LunarNewYear(year);
        }

        return last;
    }

    /// <summary>Cost of the first question about a year: holiday rules, notices and the per-year arrays.</summary>
    [Benchmark]
    public bool FirstUseOfAYear() =>
        new WorkingDayCalendar(VietnamCalendarSeed.DataSource).IsWorkingDay(new DateOnly(2026, 6, 1));
}
