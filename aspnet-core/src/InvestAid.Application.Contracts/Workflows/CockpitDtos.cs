namespace InvestAid.Workflows;

/// <summary>
/// The cockpit's instance search. Every filter is optional: <see cref="DefinitionKey"/> and <see cref="Version"/> (the procedure
/// version), <see cref="BusinessKey"/> (a prefix), <see cref="State"/> (running, suspended, faulted, completed or cancelled),
/// <see cref="HasIncident"/> (an external task with no retries left), and one variable equal to a value
/// (<see cref="VariableName"/> = <see cref="VariableValue"/>; a value that reads as a JSON number or boolean matches it as that
/// type too). Newest first, <see cref="Page"/>/<see cref="PageSize"/> (≤ 200).
/// </summary>
public sealed record InstanceSearchQuery(
    string? DefinitionKey = null, int? Version = null, string? BusinessKey = null, string? State = null, bool? HasIncident = null,
    string? VariableName = null, string? VariableValue = null, int Page = 1, int PageSize = 50);

/// <summary>One instance found by the cockpit: its procedure and steps by name, the project it concerns (by its dossier, or a business key that is a project code).</summary>
public sealed record InstanceSummaryDto(
    Guid Id, string DefinitionKey, int DefinitionVersion, string ProcedureName, string? BusinessKey, string? ProjectCode, string? ProjectName,
    string Status, string? FaultMessage, IReadOnlyList<string> AtSteps, int Incidents, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, int Version);

/// <summary>The period of the step durations, by the day the step ended (Viet Nam days, both included); default the last 90 days.</summary>
public sealed record DefinitionStatisticsQuery(DateOnly? From = null, DateOnly? To = null);

/// <summary>
/// One procedure version as it runs: per element the tokens standing there and the open incidents, and per step how long it took
/// (median and 90th percentile over the steps that ended in the period), in hours and in working days.
/// </summary>
public sealed record DefinitionStatisticsDto(
    string Key, int Version, string ProcedureName, DateOnly From, DateOnly To, int RunningInstances,
    IReadOnlyList<ElementLoadDto> Elements, IReadOnlyList<StepDurationDto> Steps, IReadOnlyList<int> Versions);

public sealed record ElementLoadDto(string ElementId, string Name, int Tokens, int Incidents);

/// <param name="MedianWorkingDays">Working days are counted as the SLA counts them: the days after the start day up to the end day that are working days.</param>
public sealed record StepDurationDto(
    string ElementId, string Name, string Kind, int Count, double MedianHours, double P90Hours, double MedianWorkingDays, double P90WorkingDays);

/// <summary>
/// A bulk action on instances: <see cref="Action"/> is cancel, suspend, resume or migrate (to <see cref="TargetVersion"/> of each
/// instance's own procedure). The instances are either listed (<see cref="Instances"/>, with the version seen in the preview: a
/// change since answers 409 and nothing is done) or found by <see cref="Query"/> (its paging ignored; at most 500).
/// <see cref="DryRun"/> changes nothing and tells, per instance, what would happen or why it cannot.
/// </summary>
public sealed record BulkInstanceActionRequest(
    string Action, bool DryRun, int? TargetVersion = null, IReadOnlyList<BulkInstanceRef>? Instances = null, InstanceSearchQuery? Query = null);

public sealed record BulkInstanceRef(Guid Id, int? Version = null);

/// <summary>Per instance what would happen (dry run) or happened; <see cref="Applicable"/> and <see cref="Refused"/> count them.</summary>
public sealed record BulkInstanceResultDto(
    string Action, bool DryRun, int? TargetVersion, IReadOnlyList<BulkInstanceItemDto> Items, int Applicable, int Refused, bool Truncated);

/// <param name="Outcome">wouldApply (dry run), applied, refused (the action does not fit the instance; <see cref="Message"/> says why), or failed (it changed meanwhile or the engine refused; nothing done to it).</param>
public sealed record BulkInstanceItemDto(
    Guid InstanceId, int Version, string ProcedureName, int DefinitionVersion, string? BusinessKey, string? ProjectName, string Status,
    string Outcome, string Message);
