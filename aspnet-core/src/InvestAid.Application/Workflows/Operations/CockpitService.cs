using FluentValidation;
using InvestAid.Common;
using InvestAid.Text;
using InvestAid.Validation;
using InvestAid.Workflows.Runtime;

namespace InvestAid.Workflows.Operations;

/// <summary>
/// The administrators' cockpit over the procedures: instance search by procedure, version, business key, state, incident and
/// variable value; per procedure version the tokens and incidents per element and the time spent in each step.
/// </summary>
public sealed class CockpitService(
    ICockpitQueries queries, IWorkflowDefinitionStore definitions, StepNames steps, WorkingDayCalendarProvider calendars, TimeProvider clock)
{
    /// <summary>The default period of the step durations, in days up to today.</summary>
    public const int DefaultPeriodDays = 90;

    /// <summary>The longest period of the step durations, in days.</summary>
    public const int MaxPeriodDays = 3 * 366;

    /// <summary>How far before the period a step may have started and still count its working days exactly.</summary>
    private const int CalendarLeadDays = 2 * 366;

    /// <summary>The states of the search, in the cockpit's words, and the engine's status each stands for.</summary>
    public static readonly IReadOnlyDictionary<string, string> States = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["running"] = "Running", ["suspended"] = "Suspended", ["faulted"] = "Faulted", ["completed"] = "Completed",
        ["cancelled"] = "Terminated", ["terminated"] = "Terminated",
    };

    public async Task<PagedResult<InstanceSummaryDto>> SearchAsync(InstanceSearchQuery query, CancellationToken cancellationToken)
    {
        await new InstanceSearchQueryValidator().ValidateAndThrowAsync(query, cancellationToken);
        var (rows, total) = await queries.SearchAsync(Filter(query), (query.Page - 1) * query.PageSize, query.PageSize, cancellationToken);
        return new PagedResult<InstanceSummaryDto>([.. rows.Select(ToDto)], total, query.Page, query.PageSize);
    }

    public static InstanceFilter Filter(InstanceSearchQuery q) => new(
        Blank(q.DefinitionKey), q.Version, Blank(q.BusinessKey), Blank(q.State) is { } s ? [States[s]] : null, q.HasIncident,
        Blank(q.VariableName), Blank(q.VariableName) is null ? null : q.VariableValue ?? "");

    public InstanceSummaryDto ToDto(InstanceRow r) =>
        r.ToDto(steps.ProcedureOf(r.Key, r.Version), ProjectName(r), [.. r.At.Select(e => steps.Of(r.Key, r.Version, e, null) ?? e).Distinct()]);

    public static string? ProjectName(InstanceRow r) => Localized.IsEnglish && !string.IsNullOrWhiteSpace(r.ProjectNameEn) ? r.ProjectNameEn : r.ProjectNameVi;

    /// <summary>Tokens and incidents per element and step durations of one procedure version; 404 when there is no such version.</summary>
    public async Task<DefinitionStatisticsDto> StatisticsAsync(string key, int version, DefinitionStatisticsQuery query, CancellationToken cancellationToken)
    {
        var process = definitions.Get(key, version).Process;
        var today = VietnamTime.Today(clock);
        var to = query.To ?? today;
        var from = query.From ?? to.AddDays(-(DefaultPeriodDays - 1));
        if (from > to)
        {
            throw ValidationText.Invalid("from", "common.endBeforeStart");
        }
        if (to.DayNumber - from.DayNumber >= MaxPeriodDays)
        {
            throw ValidationText.Invalid("to", "cockpit.periodTooLong", MaxPeriodDays);
        }

        var calendar = calendars.Current;
        var calendarFrom = from.AddDays(-CalendarLeadDays);
        var calendarTo = to.AddDays(1);
        var off = new List<DateOnly>();
        for (var d = calendarFrom; d <= calendarTo; d = d.AddDays(1))
        {
            if (!calendar.IsWorkingDay(d))
            {
                off.Add(d);
            }
        }

        var load = await queries.ElementLoadAsync(key, version, cancellationToken);
        var durations = await queries.StepDurationsAsync(key, version, StartOf(from), StartOf(to.AddDays(1)),
            calendarFrom, calendarTo, off, cancellationToken);
        var unfinished = await queries.UnfinishedCountAsync(key, version, cancellationToken);
        string Name(string id) => steps.Of(key, version, id, null) ?? id;
        return new DefinitionStatisticsDto(key, version, steps.ProcedureOf(key, version), from, to, unfinished,
            [.. load.Select(l => WorkflowMapper.ToElementLoadDto(l, Name(l.ElementId)))],
            [.. durations.Where(d => IsStep(d.Kind))
                .Select(d => new StepDurationDto(d.ElementId, Name(d.ElementId), d.Kind, d.Count, Round(d.MedianHours), Round(d.P90Hours),
                    Round(d.MedianWorkingDays), Round(d.P90WorkingDays)))
                .OrderByDescending(d => d.P90Hours).ThenBy(d => d.Name, StringComparer.Ordinal)],
            await queries.VersionsAsync(key, cancellationToken));
    }

    /// <summary>Steps where time is spent: tasks, waits, calls and sub-processes; not gateways, start, end or throw events.</summary>
    private static bool IsStep(string kind) =>
        !kind.EndsWith("Gateway", StringComparison.Ordinal) && kind is not ("startEvent" or "endEvent" or "intermediateThrowEvent" or "boundaryEvent");

    /// <summary>Midnight of a Viet Nam day (UTC+7 all year).</summary>
    private static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7));

    private static double Round(double value) => Math.Round(value, 2);

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

public sealed class InstanceSearchQueryValidator : AbstractValidator<InstanceSearchQuery>
{
    public InstanceSearchQueryValidator()
    {
        RuleFor(q => q.State).Must(s => string.IsNullOrWhiteSpace(s) || CockpitService.States.ContainsKey(s.Trim())).WithMessageKey("cockpit.state");
        RuleFor(q => q.Version).GreaterThanOrEqualTo(1).When(q => q.Version is not null).WithMessageKey("cockpit.version");
        RuleFor(q => q.DefinitionKey).MaximumLength(200).WithMessageKey("common.tooLong");
        RuleFor(q => q.BusinessKey).MaximumLength(200).WithMessageKey("common.tooLong");
        RuleFor(q => q.VariableName).MaximumLength(200).WithMessageKey("common.tooLong");
        RuleFor(q => q.VariableValue).MaximumLength(1000).WithMessageKey("common.tooLong");
        RuleFor(q => q.VariableName).NotEmpty().When(q => !string.IsNullOrEmpty(q.VariableValue)).WithMessageKey("cockpit.variableName");
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessageKey("common.page");
        RuleFor(q => q.PageSize).InclusiveBetween(1, WorkflowConsts.MaxPageSize).WithMessageKey("common.pageSize", WorkflowConsts.MaxPageSize);
    }
}
