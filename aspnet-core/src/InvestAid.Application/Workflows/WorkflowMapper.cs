using InvestAid.Workflows.Calendar;
using InvestAid.Workflows.ExternalTasks;
using InvestAid.Workflows.Incidents;
using InvestAid.Workflows.Operations;
using InvestAid.Workflows.Persistence;
using InvestAid.Workflows.Runtime.Effects;
using InvestAid.Workflows.Runtime.State;
using Riok.Mapperly.Abstractions;

namespace InvestAid.Workflows;

/// <summary>
/// Compile-time mapping of running instances, their tasks and their history, procedure definitions, the cockpit's rows and the
/// working-day calendar to the API's DTOs. The task DTO is built here and nowhere else; step names (in the request's language),
/// the overdue flag and the ETag are worked out here and handed to the generated mapping.
/// </summary>
[Mapper]
public static partial class WorkflowMapper
{
    public static WorkflowInstanceDto ToDto(this WorkflowInstance i, DateTimeOffset now, StepNames? names) =>
        Map(i, [.. i.Tokens.Select(t => t.ElementId).Distinct()],
            [.. i.Tasks.Select(t => t.ToDto(i, now, names))],
            [.. i.History.Select(h => h.ToDto(i, names))]);

    /// <summary>A task of <paramref name="i"/>, named in the request's language when <paramref name="names"/> is given.</summary>
    public static WorkflowTaskDto ToDto(this WorkflowTask t, WorkflowInstance i, DateTimeOffset now, StepNames? names = null) =>
        Map(t, i.Id, i.DefinitionKey, i.BusinessKey, names?.Of(i.DefinitionKey, i.DefinitionVersion, t.ElementId, t.Name) ?? t.Name,
            t.Status == WorkflowTaskStatus.Open && t.DueAt < now, TaskETag.Of(t));

    /// <summary>A history entry of <paramref name="i"/>, named in the request's language when <paramref name="names"/> is given.</summary>
    public static WorkflowHistoryDto ToDto(this HistoryEntry h, WorkflowInstance i, StepNames? names) =>
        Map(h, names?.Of(i.DefinitionKey, i.DefinitionVersion, h.ActivityId, null));

    /// <summary>A stored procedure version; the publishing warnings are the publisher's to add.</summary>
    [MapperIgnoreTarget(nameof(WorkflowDefinitionDto.Warnings))]
    public static partial WorkflowDefinitionDto ToDto(this WorkflowDefinitionInfo definition);

    private static partial TaskCompletionDto Map(CompletionReceipt receipt, IReadOnlyList<OpenedTaskDto> openedTasks);

    [MapProperty(nameof(TaskCreated.ElementId), nameof(OpenedTaskDto.StepId))]
    private static partial OpenedTaskDto ToOpenedDto(TaskCreated created);

    private static partial WorkflowInstanceDto Map(WorkflowInstance instance, IReadOnlyList<string> activeNodes,
        IReadOnlyList<WorkflowTaskDto> tasks, IReadOnlyList<WorkflowHistoryDto> history);

    private static partial WorkflowTaskDto Map(WorkflowTask task, Guid instanceId, string definitionKey, string? businessKey, string? name,
        bool overdue, string eTag);

    private static partial WorkflowHistoryDto Map(HistoryEntry entry, string? activityName);

    /// <summary>A completed task's receipt with the tasks the completion opened.</summary>
    public static TaskCompletionDto ToDto(this CompletionReceipt receipt) =>
        Map(receipt, [.. receipt.Effects.OfType<TaskCreated>().Select(ToOpenedDto)]);

    public static partial CalendarAdjustmentDto ToDto(this CalendarAdjustment adjustment);

    public static partial CalendarDayDto ToDto(this CalendarDay day);

    /// <param name="procedureName">The procedure's name (<see cref="StepNames.ProcedureOf"/>).</param>
    /// <param name="projectName">The project's name in the request's language.</param>
    /// <param name="atSteps">The names of the steps the instance's tokens are at.</param>
    [MapProperty(nameof(InstanceRow.Key), nameof(InstanceSummaryDto.DefinitionKey))]
    [MapProperty(nameof(InstanceRow.Version), nameof(InstanceSummaryDto.DefinitionVersion))]
    [MapProperty(nameof(InstanceRow.Fault), nameof(InstanceSummaryDto.FaultMessage))]
    [MapProperty(nameof(InstanceRow.Started), nameof(InstanceSummaryDto.StartedAt))]
    [MapProperty(nameof(InstanceRow.Ended), nameof(InstanceSummaryDto.EndedAt))]
    [MapProperty(nameof(InstanceRow.RowVersion), nameof(InstanceSummaryDto.Version))]
    public static partial InstanceSummaryDto ToDto(this InstanceRow row, string procedureName, string? projectName, IReadOnlyList<string> atSteps);

    /// <summary>An instance's line in a bulk action's answer; <paramref name="outcome"/> and <paramref name="message"/> say what the action did to it.</summary>
    [MapProperty(nameof(InstanceRow.Id), nameof(BulkInstanceItemDto.InstanceId))]
    [MapProperty(nameof(InstanceRow.RowVersion), nameof(BulkInstanceItemDto.Version))]
    [MapProperty(nameof(InstanceRow.Version), nameof(BulkInstanceItemDto.DefinitionVersion))]
    public static partial BulkInstanceItemDto ToBulkItemDto(this InstanceRow row, string procedureName, string? projectName, string outcome, string message);

    [MapProperty("Key", nameof(InstanceAttentionDto.DefinitionKey))]
    [MapProperty("Version", nameof(InstanceAttentionDto.DefinitionVersion))]
    [MapProperty("Fault", nameof(InstanceAttentionDto.FaultMessage))]
    [MapProperty("Started", nameof(InstanceAttentionDto.StartedAt))]
    public static partial InstanceAttentionDto ToAttentionDto(
        (Guid Id, string Key, int Version, string? BusinessKey, string Status, string? Fault, IReadOnlyList<string> At, DateTimeOffset Started) row,
        string procedureName, IReadOnlyList<string> atSteps);

    public static partial ExternalTopicLoadDto ToTopicLoadDto((string Topic, int Waiting, int Locked, int Incidents) load);

    public static partial ElementLoadDto ToElementLoadDto((string ElementId, int Tokens, int Incidents) load, string name);

    /// <summary>A failed job as an incident; <paramref name="details"/> only when one incident is asked for.</summary>
    public static WorkflowIncidentDto ToIncidentDto(this WorkflowIncidentRow row, string procedureName, string stepName, string? details, string? resolvedBy) =>
        MapIncident(row, row.Id.ToString(), procedureName, stepName, topic: null, details, resolvedBy);

    /// <summary>An external task out of retries as an incident.</summary>
    public static WorkflowIncidentDto ToIncidentDto(this ExternalTaskRow row, string type, string procedureName, string stepName) =>
        MapIncident(row, type, procedureName, stepName);

    [MapProperty(nameof(WorkflowIncidentRow.Message), nameof(WorkflowIncidentDto.ErrorMessage))]
    private static partial WorkflowIncidentDto MapIncident(WorkflowIncidentRow row, string id, string procedureName, string stepName, string? topic,
        string? details, string? resolvedBy);

    [MapperIgnoreTarget(nameof(WorkflowIncidentDto.FailedElementId))]
    [MapperIgnoreTarget(nameof(WorkflowIncidentDto.Details))]
    [MapperIgnoreTarget(nameof(WorkflowIncidentDto.ResolvedAt))]
    [MapperIgnoreTarget(nameof(WorkflowIncidentDto.ResolvedBy))]
    [MapperIgnoreTarget(nameof(WorkflowIncidentDto.Resolution))]
    private static partial WorkflowIncidentDto MapIncident(ExternalTaskRow row, string type, string procedureName, string stepName);
}
