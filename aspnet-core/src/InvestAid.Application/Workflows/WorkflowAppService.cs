using FluentValidation;
using System.Text.Json;
using InvestAid.Common;
using InvestAid.Workflows.Persistence;
using InvestAid.Workflows.Runtime;
using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Workflows;

/// <summary>Use cases of running procedures: start, look, claim and complete tasks, deliver messages, cancel, migrate.</summary>
public sealed class WorkflowAppService(
    WorkflowService workflows,
    WorkflowDefinitionService definitions,
    IWorkflowDefinitionStore definitionSource,
    IWorkflowStore store,
    IWorkflowEffectHandler effects,
    IOwnerTaskGuard ownerGuard,
    IWorkflowInstanceAccess access,
    InvestAid.Procedures.ProcedureAgencies agencies,
    StepNames names,
    Decisions.Forms.FormResolver forms,
    Identity.IdentityResolver identities,
    TimeProvider clock)
{
    public async Task<WorkflowInstanceDto> StartAsync(StartInstanceRequest request, CancellationToken cancellationToken) =>
        await StartAsync(request, (string?)null, cancellationToken);

    /// <summary>
    /// A start by <paramref name="starter"/> through the API. A model that names its candidate starters
    /// (<c>camunda:candidateStarterUsers</c>/<c>candidateStarterGroups</c>) is started only by them: by their ids as the model
    /// names them (our user ids and groups, or Camunda ids mapped to ours); anyone else gets 403 and nothing starts.
    /// </summary>
    public async Task<WorkflowInstanceDto> StartAsync(StartInstanceRequest request, Actor starter, CancellationToken cancellationToken)
    {
        await new StartInstanceRequestValidator().ValidateAndThrowAsync(request, cancellationToken);
        var definition = await definitions.ResolveForStartAsync(request.DefinitionKey, request.Version, request.On, cancellationToken);
        var process = definition.Process;
        if (process.CandidateStarterUsers.Count + process.CandidateStarterGroups.Count > 0)
        {
            var named = await identities.ForDefinitionAsync(starter, definition.Key, cancellationToken);
            var candidate = process.CandidateStarterUsers.Any(u => u == named.UserId || named.UserAliases.Contains(u))
                || process.CandidateStarterGroups.Any(named.Groups.Contains);
            if (!candidate)
            {
                throw new ForbiddenException($"Chỉ những người được quy trình «{process.Name ?? definition.Key}» chỉ định mới được khởi chạy quy trình này.");
            }
        }

        return await StartAsync(request, definition, starter.UserId, cancellationToken);
    }

    /// <summary>Starts an instance; <paramref name="initiator"/> (the user starting it) fills the start event's camunda:initiator variable.</summary>
    public async Task<WorkflowInstanceDto> StartAsync(StartInstanceRequest request, string? initiator, CancellationToken cancellationToken)
    {
        await new StartInstanceRequestValidator().ValidateAndThrowAsync(request, cancellationToken);
        var definition = await definitions.ResolveForStartAsync(request.DefinitionKey, request.Version, request.On, cancellationToken);
        return await StartAsync(request, definition, initiator, cancellationToken);
    }

    /// <summary>Starts a validated request on the version it resolved to.</summary>
    private async Task<WorkflowInstanceDto> StartAsync(StartInstanceRequest request, WorkflowDefinition definition, string? initiator, CancellationToken cancellationToken)
    {
        if (request.Message is null)
        {
            await forms.CheckStartAsync(definition, request.Variables, cancellationToken);
        }
        var variables = ToVariables(request.Variables);
        // The start event the instance begins at: the message's, else the none start event (before a timer or signal start).
        var start = request.Message is null
            ? definition.Process.StartEvents.Where(s => s.MessageName is null).OrderBy(s => s.Event is null ? 0 : 1).ThenBy(s => s.Line).FirstOrDefault()
            : definition.Process.StartEvents.FirstOrDefault(s => s.MessageName == request.Message);
        if (initiator is not null && start?.Initiator is { Length: > 0 } name)
        {
            variables = new Dictionary<string, object?>(variables ?? new Dictionary<string, object?>()) { [name] = initiator };
        }

        var result = request.Message is { } message
            ? await workflows.StartByMessageAsync(definition, message, request.BusinessKey, variables, cancellationToken)
            : await workflows.StartAsync(definition, request.BusinessKey, variables, cancellationToken);
        await effects.HandleAsync(result.Effects, cancellationToken);
        return ToDto(result.Instance);
    }

    /// <summary>
    /// The start event's form of the version a start would follow (<paramref name="version"/>, else the one in force on <paramref name="on"/>),
    /// as Camunda's Tasklist shows it before starting; null when the start event has none.
    /// </summary>
    public async Task<Decisions.ResolvedFormDto?> StartFormAsync(string key, int? version, DateOnly? on, CancellationToken cancellationToken)
    {
        var definition = await definitions.ResolveForStartAsync(key, version, on, cancellationToken);
        return await forms.ForElementAsync(definition, null, cancellationToken) is { } form ? Decisions.Forms.FormResolver.ToDto(form, []) : null;
    }

    public async Task<WorkflowInstanceDto> SuspendAsync(Guid instanceId, CancellationToken cancellationToken) =>
        ToDto((await workflows.SuspendAsync(instanceId, cancellationToken)).Instance);

    public async Task<WorkflowInstanceDto> ResumeAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        var result = await workflows.ResumeAsync(instanceId, cancellationToken);
        await effects.HandleAsync(result.Effects, cancellationToken);
        return ToDto(result.Instance);
    }

    /// <summary>The instance with its variables, tasks and history, for those who may see it (its dossier's scope); else 404.</summary>
    public async Task<WorkflowInstanceDto> GetAsync(Actor actor, Guid instanceId, CancellationToken cancellationToken)
    {
        var instance = await store.FindAsync(instanceId, cancellationToken);
        if (instance is null || !await access.CanSeeAsync(actor, instance, cancellationToken))
        {
            throw new InstanceNotFoundException(instanceId);
        }
        return ToDto(instance);
    }

    public async Task<WorkflowInstanceDto> DeliverMessageAsync(Guid instanceId, string name, DeliverMessageRequest request, CancellationToken cancellationToken)
    {
        var result = await workflows.DeliverMessageAsync(instanceId, name, ToVariables(request.Variables), cancellationToken);
        await effects.HandleAsync(result.Effects, cancellationToken);
        return ToDto(result.Instance);
    }

    /// <summary>Message correlation by business key and correlation variables, else a start at the message start event catching it; 409 when nothing or several match.</summary>
    public async Task<WorkflowInstanceDto> CorrelateMessageAsync(CorrelateMessageRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            throw new DomainException(Errors.ErrorCodes.ValidationFailed, "name is required.");
        }

        var result = await workflows.CorrelateMessageAsync(request.Name, request.BusinessKey, ToVariables(request.CorrelationKeys), ToVariables(request.Variables), cancellationToken);
        await effects.HandleAsync(result.Effects, cancellationToken);
        return ToDto(result.Instance);
    }

    /// <summary>Signal broadcast: every running instance waiting for the signal goes on and every process with that signal start starts; returns the instances reached and started.</summary>
    public async Task<IReadOnlyList<WorkflowInstanceDto>> ThrowSignalAsync(ThrowSignalRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            throw new DomainException(Errors.ErrorCodes.ValidationFailed, "name is required.");
        }

        var results = await workflows.BroadcastSignalAsync(request.Name, ToVariables(request.Variables), null, cancellationToken);
        foreach (var result in results)
        {
            await effects.HandleAsync(result.Effects, cancellationToken);
        }

        return [.. results.Select(r => ToDto(r.Instance))];
    }

    public async Task<WorkflowInstanceDto> CancelAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        var result = await workflows.CancelAsync(instanceId, cancellationToken);
        await effects.HandleAsync(result.Effects, cancellationToken);
        return ToDto(result.Instance);
    }

    /// <summary>Moves a running instance to <paramref name="targetVersion"/> when every active node exists there (else 409).</summary>
    public async Task<WorkflowInstanceDto> MigrateInstanceAsync(Guid instanceId, int targetVersion, CancellationToken cancellationToken)
    {
        var instance = await store.FindAsync(instanceId, cancellationToken) ?? throw new InstanceNotFoundException(instanceId);
        var target = definitionSource.Get(instance.DefinitionKey, targetVersion);
        return ToDto(await workflows.MigrateAsync(instanceId, target, cancellationToken));
    }

    /// <param name="seeAll">The actor may list every task (administrators); otherwise only tasks they may act on.</param>
    public async Task<WorkflowTaskDto> ClaimAsync(Actor actor, string taskId, CancellationToken cancellationToken)
    {
        var instance = await FindInstanceOfTaskAsync(taskId, cancellationToken);
        actor = await CheckOwnerAsync(actor, instance, taskId, cancellationToken);
        var result = await workflows.ClaimTaskAsync(instance, taskId, actor, cancellationToken);
        return result.Instance.Tasks.Single(t => t.Id == taskId).ToDto(result.Instance, clock.GetUtcNow(), names);
    }

    /// <summary>
    /// Completes the task. With an idempotency key, a retry (by the same user) gets the first answer
    /// and changes nothing; without one the request is not protected against repetition.
    /// </summary>
    public async Task<TaskCompletionDto> CompleteAsync(
        Actor actor, string taskId, CompleteTaskRequest request, string? idempotencyKey, CancellationToken cancellationToken)
    {
        await new CompleteTaskRequestValidator().ValidateAndThrowAsync(request, cancellationToken);
        var key = idempotencyKey is null ? Guid.CreateVersion7().ToString("N") : $"{actor.UserId}:{idempotencyKey}";
        // The officer may pick (or change) the consulted agencies when completing a step: they must be on the Agency list.
        await agencies.CheckAsync(request.Variables, InvestAid.Common.VietnamTime.Today(clock), "variables.agencies", cancellationToken);
        Procedures.SignatureInput.Check(request.Variables);
        // The instance is read once, with the receipt of an earlier try under the same key: the checks and the engine work on
        // that copy, and the save expects its version (a change since is a 409, never a lost update).
        var lookup = await store.FindForTaskCompletionAsync(taskId, key, cancellationToken);
        var receipt = lookup.Receipt;
        if (receipt is null)
        {
            var instance = lookup.Instance ?? throw new TaskNotFoundException(Guid.Empty, taskId);
            actor = await CheckOwnerAsync(actor, instance, taskId, cancellationToken);
            await CheckFormAsync(actor, instance, taskId, request, cancellationToken);
            receipt = await workflows.CompleteTaskAsync(
                instance, taskId, actor, request.Outcome, request.Comment, ToVariables(request.Variables), key, cancellationToken);
        }

        await effects.HandleAsync(receipt.Effects, cancellationToken);
        return receipt.ToDto();
    }

    /// <summary>
    /// A task offered to nobody may be claimed and completed by administrators only.
    /// When the actor may act only because the task is offered to the <c>owner</c> group, they must own the project
    /// the instance is about (another owner gets 403, as for any task not theirs).
    /// Returns the actor as the instance's model names them (identity mappings applied).
    /// </summary>
    private async Task<Actor> CheckOwnerAsync(Actor actor, WorkflowInstance instance, string taskId, CancellationToken cancellationToken)
    {
        actor = await identities.ForDefinitionAsync(actor, instance.DefinitionKey, cancellationToken);
        var task = instance.Tasks.FirstOrDefault(t => t.Id == taskId);
        // Offered to nobody (common in imported models): administrators only, never "anyone who may call the endpoint".
        if (task is not null && Dossiers.DossierAccess.IsOfferedToNobody(task) && !actor.Groups.Contains(Identity.RoleNames.Admin, StringComparer.Ordinal))
        {
            throw new TaskNotAssignableException(taskId, actor.UserId);
        }
        if (task is null || actor.Is(task.Assignee) || task.CandidateUsers.Exists(actor.Is))
        {
            return actor;
        }
        var through = task.CandidateGroups.Intersect(actor.Groups, StringComparer.OrdinalIgnoreCase).ToList();
        if (through is [var only] && string.Equals(only, Identity.RoleNames.Owner, StringComparison.OrdinalIgnoreCase)
            && !await ownerGuard.IsOwnerOfAsync(instance.BusinessKey, cancellationToken))
        {
            throw new TaskNotAssignableException(taskId, actor.UserId);
        }

        return actor;
    }

    /// <summary>
    /// A task with a Camunda Form: the submitted variables must pass its rules (400 naming the field, nothing saved), once
    /// the actor is known to be one who may complete it (else 403 first).
    /// </summary>
    private async Task CheckFormAsync(Actor actor, WorkflowInstance instance, string taskId, CompleteTaskRequest request, CancellationToken cancellationToken)
    {
        if (instance.Tasks.FirstOrDefault(t => t.Id == taskId) is not { Status: WorkflowTaskStatus.Open } task)
        {
            return;
        }

        var definition = definitionSource.Get(instance.DefinitionKey, instance.DefinitionVersion);
        if (await forms.ForElementAsync(definition, task.ElementId, cancellationToken) is { } form)
        {
            TaskPermissions.EnsureCanComplete(task, actor);
            Decisions.Forms.FormResolver.Check(form.Schema, request.Variables);
        }
    }

    private async Task<WorkflowInstance> FindInstanceOfTaskAsync(string taskId, CancellationToken cancellationToken) =>
        await store.FindByTaskAsync(taskId, cancellationToken) ?? throw new TaskNotFoundException(Guid.Empty, taskId);

    private static Dictionary<string, object?>? ToVariables(Dictionary<string, JsonElement>? variables) =>
        variables?.ToDictionary(v => v.Key, v => (object?)v.Value);

    private WorkflowInstanceDto ToDto(WorkflowInstance i) => i.ToDto(clock.GetUtcNow(), names);
}
