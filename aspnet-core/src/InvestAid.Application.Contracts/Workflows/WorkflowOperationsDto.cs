namespace InvestAid.Workflows;

/// <summary>
/// The operations view over running procedures: instances per procedure version and status, the instances that need someone
/// (faulted or suspended), the open incidents (failed jobs and external tasks with no retries left) and the external-task queue per topic.
/// </summary>
public sealed record WorkflowOperationsDto(
    IReadOnlyList<ProcedureLoadDto> Procedures, IReadOnlyList<InstanceAttentionDto> Attention, IReadOnlyList<WorkflowIncidentDto> Incidents,
    IReadOnlyList<ExternalTopicLoadDto> Topics);

public sealed record ProcedureLoadDto(string Key, int Version, string Name, int Running, int Suspended, int Faulted, int Completed, int Terminated);

public sealed record InstanceAttentionDto(
    Guid Id, string DefinitionKey, int DefinitionVersion, string ProcedureName, string? BusinessKey, string Status, string? FaultMessage,
    IReadOnlyList<string> AtSteps, DateTimeOffset StartedAt);

/// <summary>
/// An incident, as Camunda names them: <see cref="Type"/> <c>failedJob</c> (a timer's job failed after its retries: the instance waits at
/// <see cref="ElementId"/>; <see cref="FailedElementId"/> is the script, condition or task that threw) or <c>failedExternalTask</c>
/// (a worker reported a failure with no retries left; <see cref="Topic"/>) or <c>failedStartTimer</c> (a timer start event's firing failed
/// every try: no <see cref="InstanceId"/>, <see cref="ElementId"/> is the start event). <see cref="Resolution"/> is <c>retried</c> or <c>resolved</c>
/// once an administrator (<see cref="ResolvedBy"/>, by name) acted; <see cref="Details"/> (the stack) only when one incident is read.
/// </summary>
public sealed record WorkflowIncidentDto(
    string Id, string Type, Guid? InstanceId, string ProcedureName, string StepName, string ElementId, string? Topic, string? BusinessKey,
    string? ErrorMessage, DateTimeOffset CreatedAt, string? FailedElementId = null, string? Details = null, DateTimeOffset? ResolvedAt = null,
    string? ResolvedBy = null, string? Resolution = null);

public sealed record ExternalTopicLoadDto(string Topic, int Waiting, int Locked, int Incidents);
