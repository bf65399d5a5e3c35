using System.Text.Json;
using System.Text.Json.Nodes;
using FluentValidation;
using FluentValidation.Results;
using InvestAid.Validation;
using InvestAid.Workflows.Runtime;

namespace InvestAid.Workflows.ExternalTasks;

/// <summary>
/// Camunda 7's external-task pattern: a worker fetches and locks tasks of its topics (long polling), then completes them with
/// variables, reports a failure (retries; none left is an incident), raises a BPMN error, extends or gives up its lock. A lock
/// that expires returns the task to the queue. Completion and BPMN errors are engine commands on the instance.
/// </summary>
public sealed class ExternalTaskService(
    IExternalTaskQueue queue, WorkflowService workflows, IWorkflowEffectHandler effects, StepNames steps,
    Notifications.ReminderRecipientResolver recipients, Notifications.IReminderStore notices, TimeProvider clock)
{
    /// <summary>The longest a fetch waits for work (Camunda allows 30 minutes; a worker simply asks again).</summary>
    public const long MaxAsyncResponseTimeoutMs = 60_000;

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    public async Task<IReadOnlyList<ExternalTaskDto>> FetchAndLockAsync(FetchAndLockRequest request, CancellationToken cancellationToken)
    {
        Validate(request);
        var workerId = request.WorkerId!;
        var topics = request.Topics!;
        var wait = TimeSpan.FromMilliseconds(Math.Clamp(request.AsyncResponseTimeout ?? 0, 0, MaxAsyncResponseTimeoutMs));
        var deadline = DateTimeOffset.UtcNow + wait;
        while (true)
        {
            var rows = await queue.FetchAndLockAsync(workerId, request.MaxTasks, request.UsePriority, topics, cancellationToken);
            if (rows.Count > 0)
            {
                var variables = await queue.VariablesAsync([.. rows.Select(r => r.InstanceId).Distinct()], cancellationToken);
                return [.. rows.Select(r => ToDto(r, Select(variables.GetValueOrDefault(r.InstanceId), topics.First(t => t.TopicName == r.Topic).Variables)))];
            }
            if (DateTimeOffset.UtcNow + PollInterval > deadline)
            {
                return [];
            }
            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    public async Task<ExternalTaskDto> GetAsync(string id, CancellationToken cancellationToken) =>
        ToDto(await FindAsync(id, cancellationToken), null);

    public async Task<IReadOnlyList<ExternalTaskDto>> ListAsync(string? topicName, bool? noRetriesLeft, int? maxResults, CancellationToken cancellationToken) =>
        [.. (await queue.ListAsync(topicName, noRetriesLeft, Math.Clamp(maxResults ?? 100, 1, 1000), cancellationToken)).Select(r => ToDto(r, null))];

    public async Task CompleteAsync(string id, CompleteExternalTaskRequest request, CancellationToken cancellationToken)
    {
        var row = await LockedByAsync(id, request.WorkerId, cancellationToken);
        var variables = FromCamunda(request.Variables, "variables");
        foreach (var (name, value) in FromCamunda(request.LocalVariables, "localVariables") ?? [])
        {
            (variables ??= [])[name] = value;
        }
        var result = await workflows.CompleteExternalTaskAsync(row.InstanceId, id, variables, cancellationToken);
        await effects.HandleAsync(result.Effects, cancellationToken);
    }

    public async Task BpmnErrorAsync(string id, ExternalTaskBpmnErrorRequest request, CancellationToken cancellationToken)
    {
        var row = await LockedByAsync(id, request.WorkerId, cancellationToken);
        if (string.IsNullOrWhiteSpace(request.ErrorCode))
        {
            throw ValidationText.Invalid("errorCode", "externalTask.errorCode");
        }
        var result = await workflows.ExternalTaskBpmnErrorAsync(row.InstanceId, id, request.ErrorCode, FromCamunda(request.Variables, "variables"), cancellationToken);
        await effects.HandleAsync(result.Effects, cancellationToken);
    }

    public async Task FailureAsync(string id, ExternalTaskFailureRequest request, CancellationToken cancellationToken)
    {
        var row = await LockedByAsync(id, request.WorkerId, cancellationToken);
        if (request.Retries is not >= 0)
        {
            throw ValidationText.Invalid("retries", "externalTask.retries");
        }
        if (request.RetryTimeout is < 0)
        {
            throw ValidationText.Invalid("retryTimeout", "externalTask.retryTimeout");
        }
        await queue.FailAsync(id, Truncate(request.ErrorMessage, 4000), request.ErrorDetails, request.Retries.Value, request.RetryTimeout ?? 0, cancellationToken);
        if (request.Retries == 0)
        {
            // No retries left: an incident; the administrators are told in the app (and by e-mail per their preferences).
            var now = clock.GetUtcNow();
            var text = Notifications.NotificationTemplates.WorkflowIncident(steps.ProcedureOf(row.DefinitionKey, row.DefinitionVersion),
                steps.Of(row.DefinitionKey, row.DefinitionVersion, row.ElementId, null) ?? row.ElementId, row.BusinessKey,
                Truncate(request.ErrorMessage, 500) ?? row.Topic);
            var subject = Notifications.ReminderLinks.ElementSubject(row.InstanceId, row.ElementId);
            await notices.WriteAsync([new Notifications.ReminderItem($"workflow-incident:{id}:{now.UtcTicks}", InvestAid.Notifications.NotificationKinds.WorkflowIncident,
                subject, null, text, "/admin/operations", await recipients.StaffAsync([Identity.RoleNames.Admin], cancellationToken))], now, cancellationToken);
        }
    }

    public async Task ExtendLockAsync(string id, ExtendExternalTaskLockRequest request, CancellationToken cancellationToken)
    {
        await LockedByAsync(id, request.WorkerId, cancellationToken);
        if (request.NewDuration <= 0)
        {
            throw ValidationText.Invalid("newDuration", "externalTask.lockDuration");
        }
        if (!await queue.ExtendLockAsync(id, request.WorkerId!, request.NewDuration, cancellationToken))
        {
            throw ValidationText.Invalid("workerId", "externalTask.notLocked", id);
        }
    }

    public async Task UnlockAsync(string id, CancellationToken cancellationToken)
    {
        await FindAsync(id, cancellationToken);
        await queue.UnlockAsync(id, cancellationToken);
    }

    private async Task<ExternalTaskRow> FindAsync(string id, CancellationToken cancellationToken) =>
        await queue.FindAsync(id, cancellationToken) ?? throw new ExternalTaskNotFoundException(Guid.Empty, id);

    /// <summary>The task, if <paramref name="workerId"/> holds its lock (as Camunda: a task locked by another worker, or by none, is refused).</summary>
    private async Task<ExternalTaskRow> LockedByAsync(string id, string? workerId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(workerId))
        {
            throw ValidationText.Invalid("workerId", "externalTask.workerId");
        }
        var row = await FindAsync(id, cancellationToken);
        if (row.WorkerId is null)
        {
            throw ValidationText.Invalid("workerId", "externalTask.notLocked", id);
        }
        if (row.WorkerId != workerId)
        {
            throw ValidationText.Invalid("workerId", "externalTask.lockedByOther", id, row.WorkerId);
        }
        return row;
    }

    private static void Validate(FetchAndLockRequest request)
    {
        var errors = new List<ValidationFailure>();
        if (string.IsNullOrWhiteSpace(request.WorkerId))
        {
            errors.Add(new ValidationFailure("workerId", ValidationText.Get("externalTask.workerId")));
        }
        if (request.MaxTasks is < 1 or > 1000)
        {
            errors.Add(new ValidationFailure("maxTasks", ValidationText.Get("externalTask.maxTasks")));
        }
        if (request.Topics is not { Count: > 0 })
        {
            errors.Add(new ValidationFailure("topics", ValidationText.Get("externalTask.topics")));
        }
        for (var i = 0; i < (request.Topics?.Count ?? 0); i++)
        {
            var topic = request.Topics![i];
            if (string.IsNullOrWhiteSpace(topic.TopicName))
            {
                errors.Add(new ValidationFailure($"topics[{i}].topicName", ValidationText.Get("externalTask.topicName")));
            }
            if (topic.LockDuration <= 0)
            {
                errors.Add(new ValidationFailure($"topics[{i}].lockDuration", ValidationText.Get("externalTask.lockDuration")));
            }
        }
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }
    }

    private static ExternalTaskDto ToDto(ExternalTaskRow r, Dictionary<string, CamundaVariable>? variables) =>
        new(r.Id, r.Topic, r.WorkerId, r.WorkerId is null ? null : r.LockExpiresAt, r.ElementId, $"{r.ElementId}:{r.Id}", r.Id, r.InstanceId.ToString(),
            $"{r.DefinitionKey}:{r.DefinitionVersion}", r.DefinitionKey, r.BusinessKey, r.Retries, r.ErrorMessage, r.ErrorDetails, r.Priority, r.CreatedAt,
            Suspended: false, variables);

    /// <summary>The instance's variables a topic asked for (all when it named none), typed as Camunda types them.</summary>
    private static Dictionary<string, CamundaVariable> Select(JsonObject? all, IReadOnlyList<string>? names)
    {
        var selected = new Dictionary<string, CamundaVariable>(StringComparer.Ordinal);
        foreach (var (name, value) in all ?? [])
        {
            if (names is null || names.Contains(name, StringComparer.Ordinal))
            {
                selected[name] = ToCamunda(value);
            }
        }
        return selected;
    }

    /// <summary>A JSON value as Camunda's typed value: String, Boolean, Integer, Long, Double, Null, or Json (objects and arrays, as text).</summary>
    public static CamundaVariable ToCamunda(JsonNode? value) => value switch
    {
        null => new CamundaVariable(null, "Null", []),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => new CamundaVariable(v.DeepClone(), "String", []),
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => new CamundaVariable(v.DeepClone(), "Boolean", []),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue(out long whole) =>
            new CamundaVariable(v.DeepClone(), whole is >= int.MinValue and <= int.MaxValue ? "Integer" : "Long", []),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => new CamundaVariable(v.DeepClone(), "Double", []),
        _ => new CamundaVariable(JsonValue.Create(value.ToJsonString()), "Json", []),
    };

    /// <summary>Camunda typed values as the engine's variables; Json and Object values given as text are parsed.</summary>
    public static Dictionary<string, object?>? FromCamunda(Dictionary<string, CamundaVariable>? variables, string field)
    {
        if (variables is null)
        {
            return null;
        }
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, variable) in variables)
        {
            var type = variable.Type?.ToLowerInvariant();
            if (type is "json" or "object" && variable.Value is JsonValue text && text.GetValueKind() == JsonValueKind.String)
            {
                try
                {
                    values[name] = JsonNode.Parse(text.GetValue<string>());
                }
                catch (JsonException)
                {
                    throw ValidationText.Invalid($"{field}.{name}", "externalTask.variableJson", name);
                }
            }
            else if (type is null or "string" or "boolean" or "integer" or "long" or "short" or "double" or "null" or "date" or "json" or "object")
            {
                values[name] = variable.Value?.DeepClone();
            }
            else
            {
                throw ValidationText.Invalid($"{field}.{name}", "externalTask.variableType", name, variable.Type);
            }
        }
        return values;
    }

    private static string? Truncate(string? text, int length) => text is { Length: > 0 } t && t.Length > length ? t[..length] : text;
}
