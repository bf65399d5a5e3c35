using InvestAid.Workflows;
using InvestAid.Workflows.Calendar;
using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore.Workflows;

public sealed class CalendarAdjustmentRepository(InvestAidDbContext db) : ICalendarAdjustmentRepository
{
    public async Task<IReadOnlyList<CalendarAdjustment>> ListAsync(int fromYear, int toYear, CancellationToken cancellationToken)
    {
        var (first, last) = (new DateOnly(fromYear, 1, 1), new DateOnly(toYear, 12, 31));
        var rows = await db.Set<CalendarAdjustmentRecord>().AsNoTracking().Where(a => a.Date >= first && a.Date <= last).OrderBy(a => a.Date)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(a => new CalendarAdjustment(a.Date, Enum.Parse<CalendarAdjustmentKind>(a.Kind), a.Reason, a.Notice))];
    }

    public async Task SaveAsync(CalendarAdjustment adjustment, CancellationToken cancellationToken)
    {
        var kind = adjustment.Kind.ToString();
        var updated = await db.Set<CalendarAdjustmentRecord>().Where(a => a.Date == adjustment.Date).ExecuteUpdateAsync(
            s => s.SetProperty(a => a.Kind, kind).SetProperty(a => a.Reason, adjustment.Reason).SetProperty(a => a.Notice, adjustment.Notice),
            cancellationToken);
        if (updated == 0)
        {
            db.Add(new CalendarAdjustmentRecord { Date = adjustment.Date, Kind = kind, Reason = adjustment.Reason, Notice = adjustment.Notice });
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public async Task<bool> DeleteAsync(DateOnly date, CancellationToken cancellationToken) =>
        await db.Set<CalendarAdjustmentRecord>().Where(a => a.Date == date).ExecuteDeleteAsync(cancellationToken) == 1;
}
