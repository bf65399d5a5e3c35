using System.Text.Json.Nodes;

namespace InvestAid.Workflows;

// The shapes of Camunda 7's external-task REST API (/engine-rest/external-task), so that Camunda's own clients work unchanged.

/// <summary>A typed variable value as Camunda writes it: <c>{ "value": 5, "type": "Integer", "valueInfo": {} }</c>.</summary>
public sealed record CamundaVariable(JsonNode? Value, string? Type = null, Dictionary<string, JsonNode?>? ValueInfo = null);

/// <summary>One topic a worker fetches: its lock duration in milliseconds and, optionally, the variables it wants and filters.</summary>
public sealed record FetchExternalTaskTopic(
    string? TopicName, long LockDuration, IReadOnlyList<string>? Variables = null, string? BusinessKey = null, string? ProcessDefinitionKey = null);

/// <summary>fetchAndLock: up to <see cref="MaxTasks"/> tasks of the topics, locked for this worker; long polling up to AsyncResponseTimeout ms.</summary>
public sealed record FetchAndLockRequest(
    string? WorkerId, int MaxTasks, IReadOnlyList<FetchExternalTaskTopic>? Topics, bool UsePriority = false, long? AsyncResponseTimeout = null);

/// <summary>An external task as Camunda's REST API describes it; <see cref="Variables"/> only in a fetchAndLock answer.</summary>
public sealed record ExternalTaskDto(
    string Id, string TopicName, string? WorkerId, DateTimeOffset? LockExpirationTime, string ActivityId, string ActivityInstanceId,
    string ExecutionId, string ProcessInstanceId, string ProcessDefinitionId, string ProcessDefinitionKey, string? BusinessKey, int? Retries,
    string? ErrorMessage, string? ErrorDetails, long Priority, DateTimeOffset CreateTime, bool Suspended,
    Dictionary<string, CamundaVariable>? Variables = null)
{
    public string? TenantId { get; init; }
    public string? ProcessDefinitionVersionTag { get; init; }
    public Dictionary<string, string> ExtensionProperties { get; init; } = [];
}

public sealed record CompleteExternalTaskRequest(
    string? WorkerId, Dictionary<string, CamundaVariable>? Variables = null, Dictionary<string, CamundaVariable>? LocalVariables = null);

/// <summary>A failed attempt: <see cref="Retries"/> left (0 opens an incident), and the task is fetchable again after <see cref="RetryTimeout"/> ms.</summary>
public sealed record ExternalTaskFailureRequest(string? WorkerId, string? ErrorMessage, string? ErrorDetails, int? Retries, long? RetryTimeout);

public sealed record ExternalTaskBpmnErrorRequest(string? WorkerId, string? ErrorCode, string? ErrorMessage = null, Dictionary<string, CamundaVariable>? Variables = null);

public sealed record ExtendExternalTaskLockRequest(string? WorkerId, long NewDuration);
