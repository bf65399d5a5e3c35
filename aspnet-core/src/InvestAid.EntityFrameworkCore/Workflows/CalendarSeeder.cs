using InvestAid.Workflows.Calendar;
using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore.Workflows;

/// <summary>Adds the official notices of <see cref="VietnamCalendarSeed"/> that are missing; never overwrites an administrator's edit.</summary>
public sealed class CalendarSeeder(InvestAidDbContext db)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var dates = await db.Set<CalendarAdjustmentRecord>().Select(a => a.Date).ToListAsync(cancellationToken);
        db.AddRange(VietnamCalendarSeed.Adjustments.Where(a => !dates.Contains(a.Date)).Select(a => new CalendarAdjustmentRecord
        {
            Date = a.Date, Kind = a.Kind.ToString(), Reason = a.Reason, Notice = a.Notice,
        }));
        var periods = await db.Set<HolidayPeriodRecord>().Select(p => new { p.Year, p.Holiday }).ToListAsync(cancellationToken);
        db.AddRange(VietnamCalendarSeed.HolidayPeriods.Where(p => !periods.Exists(k => k.Year == p.Year && k.Holiday == p.Holiday.ToString()))
            .Select(p => new HolidayPeriodRecord
            {
                Year = p.Year, Holiday = p.Holiday.ToString(), First = p.First, Last = p.Last, Reason = p.Reason, Notice = p.Notice,
            }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
