using InvestAid.Workflows.Calendar;
using Npgsql;

namespace InvestAid.EntityFrameworkCore.Workflows;

/// <summary>The yearly notices from calendar_adjustments and calendar_holiday_periods.</summary>
public sealed class CalendarDataStore(NpgsqlDataSource dataSource) : ICalendarDataStore
{
    public IReadOnlyList<CalendarAdjustment> GetAdjustments(int fromYear, int toYear)
    {
        using var cmd = dataSource.CreateCommand(
            "SELECT date, kind, reason, notice FROM calendar_adjustments WHERE date >= $1 AND date <= $2 ORDER BY date");
        cmd.Parameters.AddWithValue(new DateOnly(fromYear, 1, 1));
        cmd.Parameters.AddWithValue(new DateOnly(toYear, 12, 31));
        using var reader = cmd.ExecuteReader();
        var found = new List<CalendarAdjustment>();
        while (reader.Read())
        {
            found.Add(new CalendarAdjustment(reader.GetFieldValue<DateOnly>(0), Enum.Parse<CalendarAdjustmentKind>(reader.GetString(1)),
                reader.GetString(2), reader.GetString(3)));
        }

        return found;
    }

    public IReadOnlyList<HolidayPeriodOverride> GetHolidayPeriods(int fromYear, int toYear)
    {
        using var cmd = dataSource.CreateCommand(
            "SELECT year, holiday, first, last, reason, notice FROM calendar_holiday_periods WHERE year >= $1 AND year <= $2 ORDER BY year, first");
        cmd.Parameters.AddWithValue(fromYear);
        cmd.Parameters.AddWithValue(toYear);
        using var reader = cmd.ExecuteReader();
        var found = new List<HolidayPeriodOverride>();
        while (reader.Read())
        {
            found.Add(new HolidayPeriodOverride(reader.GetInt32(0), Enum.Parse<PublicHoliday>(reader.GetString(1)),
                reader.GetFieldValue<DateOnly>(2), reader.GetFieldValue<DateOnly>(3), reader.GetString(4), reader.GetString(5)));
        }

        return found;
    }
}
