using System.Text.Json.Nodes;

namespace InvestAid.Workflows;

public sealed record WorkflowInstanceDto(
    Guid Id, string DefinitionKey, int DefinitionVersion, string? BusinessKey, string Status, string? FaultMessage, int Version,
    DateTimeOffset CreatedAt, DateTimeOffset? EndedAt, IReadOnlyList<string> ActiveNodes, JsonObject Variables,
    IReadOnlyList<WorkflowTaskDto> Tasks, IReadOnlyList<WorkflowHistoryDto> History);
