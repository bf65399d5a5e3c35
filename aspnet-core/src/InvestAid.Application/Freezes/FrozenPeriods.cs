using System.Globalization;
using InvestAid.Audit;
using InvestAid.Common;
using InvestAid.Errors;

namespace InvestAid.Freezes;

/// <summary>
/// Whether an entry's date lies in a frozen period (a month whose FDI summary was published, or a data-freeze event an
/// administrator declared, once its grace period is over), and the gate every ledger and finance write passes: inside a
/// frozen period only a leader's unused exception for that project and month lets the entry in (audited); otherwise 409.
/// </summary>
public sealed class FrozenPeriods(IFreezeRepository freezes, AuditRecorder audit, TimeProvider clock)
{
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Why the day is frozen for this kind of entry (Vietnamese, English), or null when it is open.</summary>
    public async Task<(string Vi, string En)?> WhyFrozenAsync(DateOnly date, FreezeCoverage coverage, CancellationToken ct = default)
    {
        var month = $"{date.Month:00}/{date.Year}";
        var monthEn = new DateTime(date.Year, date.Month, 1).ToString("MMMM yyyy", En);
        if (coverage is FreezeCoverage.FdiLedger or FreezeCoverage.All && await freezes.IsMonthPublishedAsync(date.Year, date.Month, ct))
        {
            return ($"Kỳ tháng {month} đã khóa sổ: báo cáo tổng hợp FDI tháng {month} đã công bố.",
                $"The period {monthEn} is frozen: the FDI summary of {monthEn} has been published.");
        }
        var today = VietnamTime.Today(clock);
        var freeze = (await freezes.EventsAsync(ct)).FirstOrDefault(e => e.Freezes(date, coverage, today));
        if (freeze is not null)
        {
            return ($"Kỳ tháng {month} đã khóa sổ: số liệu đến ngày {freeze.FreezeDate:dd/MM/yyyy} bị khóa từ {freeze.EffectiveFrom:dd/MM/yyyy}.",
                $"The period {monthEn} is frozen: entries up to {freeze.FreezeDate.ToString("d MMMM yyyy", En)} are frozen since {freeze.EffectiveFrom.ToString("d MMMM yyyy", En)}.");
        }
        return null;
    }

    /// <summary>Lets the entry in when its period is open, or spends the leader's exception named; otherwise 409 naming the period.</summary>
    public async Task EnsureOpenAsync(Guid projectId, DateOnly date, FreezeCoverage coverage, Guid? exceptionId, string what, CancellationToken ct = default)
    {
        if (await WhyFrozenAsync(date, coverage, ct) is not { } why)
        {
            return;
        }
        if (exceptionId is not { } id)
        {
            throw new DomainException(ErrorCodes.PeriodFrozen,
                $"{why.Vi} Cần ngoại lệ của lãnh đạo (kèm lý do) để ghi thêm hoặc đính chính. / {why.En} A leader's exception (with a reason) is needed to add or correct an entry.");
        }
        var exception = await freezes.FindExceptionAsync(id, ct);
        if (exception is null || !exception.Covers(projectId, date))
        {
            throw new DomainException(ErrorCodes.PeriodFrozen,
                $"{why.Vi} Ngoại lệ đã nêu không áp dụng cho dự án và kỳ này. / {why.En} The exception given does not cover this project and month.");
        }
        exception.Use(what, clock.GetUtcNow());
        audit.Record("project", projectId, "freeze-exception-used", null,
            new { exceptionId = exception.Id, exception.Year, exception.Month, exception.Reason, exception.GrantedByName, entry = what },
            $"Ghi vào kỳ đã khóa sổ {exception.Month:00}/{exception.Year} theo ngoại lệ của {exception.GrantedByName}: {exception.Reason} — {what}");
    }
}
