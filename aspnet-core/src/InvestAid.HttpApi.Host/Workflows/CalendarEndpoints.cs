using FluentValidation;
using FluentValidation.Results;
using InvestAid.Errors;
using InvestAid.Hosting;
using InvestAid.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace InvestAid.Workflows;

/// <summary>The working-day calendar: administrators keep the yearly notices; anyone signed in asks which days are working days.</summary>
public sealed class CalendarEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/calendar").WithTags("Calendar");
        group.MapGet("/adjustments", ListCalendarAdjustments).RequireAuthorization(Permissions.Workflows.Calendar);
        group.MapPost("/adjustments", SaveCalendarAdjustment)
            .RequireAuthorization(Permissions.Workflows.Calendar).ProducesValidationProblem();
        group.MapDelete("/adjustments/{date}", DeleteCalendarAdjustment)
            .RequireAuthorization(Permissions.Workflows.Calendar).ProducesProblem(404);
        group.MapGet("/working-days", GetWorkingDays).RequireAuthorization(Permissions.Workflows.Default);
    }

    public static async Task<Ok<IReadOnlyList<CalendarAdjustmentDto>>> ListCalendarAdjustments(
        [FromQuery] int? year, CalendarAppService calendar, CancellationToken cancellationToken) =>
        TypedResults.Ok(await calendar.ListAsync(year, cancellationToken));

    /// <summary>Adds the adjustment of a date, or replaces the one already there.</summary>
    public static async Task<Ok<CalendarAdjustmentDto>> SaveCalendarAdjustment(
        [FromBody] CalendarAdjustmentDto adjustment, CalendarAppService calendar, CancellationToken cancellationToken) =>
        TypedResults.Ok(await calendar.SaveAsync(adjustment, cancellationToken));

    public static async Task<IResult> DeleteCalendarAdjustment(DateOnly date, CalendarAppService calendar, CancellationToken cancellationToken) =>
        await calendar.DeleteAsync(date, cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.Problem(statusCode: 404, title: "Không tìm thấy", detail: $"No adjustment on {date:yyyy-MM-dd}.",
                extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.NotFound });

    /// <summary>Each day from <c>from</c> to <c>to</c> (at most 366 days): working day or not, and why.</summary>
    public static Ok<IReadOnlyList<CalendarDayDto>> GetWorkingDays([FromQuery] DateOnly from, [FromQuery] DateOnly to, CalendarAppService calendar)
    {
        if (to < from || to.DayNumber - from.DayNumber >= CalendarAppService.MaxRangeDays)
        {
            throw new ValidationException([new ValidationFailure("to", $"to must be on or after from, and at most {CalendarAppService.MaxRangeDays} days later.")]);
        }

        return TypedResults.Ok(calendar.Describe(from, to));
    }
}
