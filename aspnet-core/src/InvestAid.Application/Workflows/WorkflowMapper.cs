using InvestAid.Workflows.Runtime.State;
using Riok.Mapperly.Abstractions;

namespace InvestAid.Workflows;

/// <summary>
/// Compile-time mapping of running instances, their tasks and their history to the API's DTOs. The task DTO is built here and
/// nowhere else; step names (in the request's language), the overdue flag and the ETag are worked out here and handed to the
/// generated mapping.
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

    private static partial WorkflowInstanceDto Map(WorkflowInstance instance, IReadOnlyList<string> activeNodes,
        IReadOnlyList<WorkflowTaskDto> tasks, IReadOnlyList<WorkflowHistoryDto> history);

    private static partial WorkflowTaskDto Map(WorkflowTask task, Guid instanceId, string definitionKey, string? businessKey, string? name,
        bool overdue, string eTag);

    private static partial WorkflowHistoryDto Map(HistoryEntry entry, string? activityName);
}
