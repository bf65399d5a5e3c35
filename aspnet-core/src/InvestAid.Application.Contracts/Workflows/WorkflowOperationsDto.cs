namespace InvestAid.Workflows;

/// <summary>
/// The operations view over running procedures: instances per procedure version and status, the instances that need someone
/// (faulted or suspended), the external-task incidents (no retries left) and the external-task queue per topic.
/// </summary>
public sealed record WorkflowOperationsDto(
    IReadOnlyList<ProcedureLoadDto> Procedures, IReadOnlyList<InstanceAttentionDto> Attention, IReadOnlyList<ExternalTaskIncidentDto> Incidents,
    IReadOnlyList<ExternalTopicLoadDto> Topics);

public sealed record ProcedureLoadDto(string Key, int Version, string Name, int Running, int Suspended, int Faulted, int Completed, int Terminated);

public sealed record InstanceAttentionDto(
    Guid Id, string DefinitionKey, int DefinitionVersion, string ProcedureName, string? BusinessKey, string Status, string? FaultMessage,
    IReadOnlyList<string> AtSteps, DateTimeOffset StartedAt);

public sealed record ExternalTaskIncidentDto(
    string Id, Guid InstanceId, string ProcedureName, string StepName, string Topic, string? BusinessKey, string? ErrorMessage, DateTimeOffset CreatedAt);

public sealed record ExternalTopicLoadDto(string Topic, int Waiting, int Locked, int Incidents);
