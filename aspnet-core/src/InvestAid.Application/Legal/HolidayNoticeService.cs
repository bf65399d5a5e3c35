using InvestAid.Validation;
using FluentValidation;
using InvestAid.Audit;
using InvestAid.Common;
using InvestAid.Workflows.Calendar;

namespace InvestAid.Legal;

/// <summary>
/// The yearly notices of days off. A year of the calendar without one counts the statutory holidays alone, and the admin page and
/// every deadline computed in it say so.
/// </summary>
public sealed class HolidayNoticeService(ILegalRepository repository, AuditRecorder audit, ICurrentUser user, TimeProvider clock)
{
    /// <summary>The years from 2024 to next year (and any later year with a notice), each with its notices or its warning.</summary>
    public async Task<IReadOnlyList<CalendarYearDto>> ListYearsAsync(CancellationToken ct)
    {
        var notices = await repository.ListNoticesAsync(ct);
        var last = Math.Max(VietnamTime.Today(clock).Year + 1, notices.Count == 0 ? 0 : notices.Max(n => n.Year));
        return [.. Enumerable.Range(2024, Math.Max(0, last - 2024 + 1)).Select(year =>
        {
            var of = notices.Where(n => n.Year == year).OrderBy(n => n.IssuedOn).Select(LegalMapper.ToDto).ToList();
            return new CalendarYearDto(year, of, of.Count == 0, of.Count == 0 ? Warning([year]) : null);
        })];
    }

    public async Task<HolidayNoticeDto> AddAsync(SaveHolidayNoticeRequest request, CancellationToken ct)
    {
        await new SaveHolidayNoticeRequestValidator().ValidateAndThrowAsync(request, ct);
        if ((await repository.ListNoticesAsync(ct)).Any(n => n.Year == request.Year && string.Equals(n.Number, request.Number.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure("number", $"Thông báo {request.Number} của năm {request.Year} đã được nhập.")]);
        }
        var notice = new HolidayNotice(request.Year, request.Number, request.IssuedOn, request.Title, user.Name ?? "system", clock.GetUtcNow());
        repository.Add(notice);
        audit.Record("HolidayNotice", notice.Id, "calendar.notice.added", null, LegalMapper.ToDto(notice), $"Thông báo {notice.Number} cho năm {notice.Year}");
        await repository.SaveChangesAsync(ct);
        return LegalMapper.ToDto(notice);
    }

    /// <summary>The years from <paramref name="from"/> to <paramref name="to"/> that have no notice entered.</summary>
    public async Task<IReadOnlySet<int>> YearsWithNoticeAsync(CancellationToken ct) =>
        (await repository.ListNoticesAsync(ct)).Select(n => n.Year).ToHashSet();

    /// <summary>The warning for a span of days when one of its years has no notice, else null.</summary>
    public static string? WarningFor(IReadOnlySet<int> yearsWithNotice, DateOnly from, DateOnly to)
    {
        var missing = Enumerable.Range(from.Year, Math.Max(0, to.Year - from.Year) + 1)
            .Where(y => y >= WorkingDayCalendar.MinYear && y <= WorkingDayCalendar.MaxYear && !yearsWithNotice.Contains(y)).ToList();
        return missing.Count == 0 ? null : Warning(missing);
    }

    private static string Warning(IReadOnlyList<int> years)
    {
        var list = string.Join(", ", years);
        return $"Chỉ tính ngày nghỉ theo luật định; thông báo nghỉ lễ năm {list} chưa được nhập (statutory days only; the notice for {list} is not entered).";
    }

}

public sealed class SaveHolidayNoticeRequestValidator : AbstractValidator<SaveHolidayNoticeRequest>
{
    public SaveHolidayNoticeRequestValidator()
    {
        RuleFor(r => r.Year).InclusiveBetween(WorkingDayCalendar.MinYear, WorkingDayCalendar.MaxYear);
        RuleFor(r => r.Number).NotEmpty().MaximumLength(100);
        RuleFor(r => r.IssuedOn).Must((r, d) => d.Year >= r.Year - 2 && d.Year <= r.Year)
            .WithMessageKey("legal.noticeIssuedOn");
        RuleFor(r => r.Title).MaximumLength(LegalConsts.MaxTitleLength);
    }
}
