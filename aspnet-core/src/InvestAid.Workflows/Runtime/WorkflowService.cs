using InvestAid.Workflows.Persistence;
using InvestAid.Workflows.Runtime.Effects;
using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Workflows.Runtime;

/// <summary>
/// The engine's commands over a store: load → run → save with the version check, then carry
/// the effects that concern other instances (a child ended, so resume its parent; a call
/// activity was cancelled, so cancel its child). The caller performs the remaining effects.
/// </summary>
public sealed class WorkflowService(WorkflowEngine engine, IWorkflowStore store, IWorkflowDefinitionStore definitions)
{
    public Task<CommandResult> StartAsync(
        string definitionKey, string? businessKey, IReadOnlyDictionary<string, object?>? variables = null, CancellationToken cancellationToken = default) =>
        StartAsync(definitions.GetLatest(definitionKey), businessKey, variables, cancellationToken);

    /// <summary>Starts an instance of exactly this version (the application chooses the one in force).</summary>
    public async Task<CommandResult> StartAsync(
        WorkflowDefinition definition, string? businessKey, IReadOnlyDictionary<string, object?>? variables = null, CancellationToken cancellationToken = default) =>
        await SaveStartedAsync(await engine.StartAsync(definition, businessKey, variables, cancellationToken), cancellationToken);

    /// <summary>Starts an instance of this version at its message start event for <paramref name="messageName"/>.</summary>
    public async Task<CommandResult> StartByMessageAsync(
        WorkflowDefinition definition, string messageName, string? businessKey, IReadOnlyDictionary<string, object?>? variables = null,
        CancellationToken cancellationToken = default) =>
        await SaveStartedAsync(await engine.StartByMessageAsync(definition, messageName, businessKey, variables, cancellationToken), cancellationToken);

    /// <summary>Starts an instance of this version at its start event <paramref name="startEventId"/> (a timer start firing).</summary>
    public async Task<CommandResult> StartAtEventAsync(
        WorkflowDefinition definition, string startEventId, string? businessKey, IReadOnlyDictionary<string, object?>? variables = null,
        CancellationToken cancellationToken = default) =>
        await SaveStartedAsync(await engine.StartAtEventAsync(definition, startEventId, businessKey, variables, cancellationToken), cancellationToken);

    public Task<CommandResult> SuspendAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        RunAsync(instanceId, (instance, _) => Task.FromResult(engine.Suspend(instance)), cancellationToken);

    /// <summary>
    /// Resumes a suspended instance; a call activity whose child completed meanwhile (its resume found the parent
    /// suspended and changed nothing) then takes the child's result.
    /// </summary>
    public async Task<CommandResult> ResumeAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        var resumed = await RunAsync(instanceId, (instance, _) => Task.FromResult(engine.Resume(instance)), cancellationToken);
        var effects = new List<WorkflowEffect>(resumed.Effects);
        var current = resumed;
        foreach (var waiting in resumed.Instance.Bookmarks.Where(b => b.Kind == BookmarkKind.CallActivity && b.ChildInstanceId is not null).ToList())
        {
            if (await store.FindAsync(waiting.ChildInstanceId!.Value, cancellationToken) is { Status: WorkflowStatus.Completed } child)
            {
                current = await RetryOnConflictAsync(() => RunAsync(
                    instanceId, (parent, ct) => engine.ResumeAfterChildAsync(parent, child, ct), cancellationToken));
                effects.AddRange(current.Effects);
            }
        }

        return current with { Effects = effects };
    }

    /// <summary>
    /// Completes a task once per <paramref name="idempotencyKey"/>: a retry with the same key
    /// returns the first receipt and changes nothing.
    /// </summary>
    public async Task<CompletionReceipt> CompleteTaskAsync(
        Guid instanceId, string taskId, Actor actor, string? outcome, string? comment, IReadOnlyDictionary<string, object?>? variables,
        string idempotencyKey, CancellationToken cancellationToken = default)
    {
        var lookup = await store.FindForCompletionAsync(instanceId, idempotencyKey, cancellationToken);
        return lookup.Receipt
            ?? await CompleteTaskAsync(lookup.Instance ?? throw new InstanceNotFoundException(instanceId), taskId, actor, outcome, comment, variables,
                idempotencyKey, cancellationToken);
    }

    /// <summary>
    /// Completes a task of an instance the caller has just read (with <see cref="IWorkflowStore.FindForTaskCompletionAsync"/>,
    /// which found no receipt under the key): the instance is not read again; the save still expects its version, so a
    /// change made since the read is a <see cref="ConcurrencyException"/>, never a lost update.
    /// </summary>
    public async Task<CompletionReceipt> CompleteTaskAsync(
        WorkflowInstance instance, string taskId, Actor actor, string? outcome, string? comment, IReadOnlyDictionary<string, object?>? variables,
        string idempotencyKey, CancellationToken cancellationToken = default)
    {
        var result = await engine.CompleteTaskAsync(instance, taskId, actor, outcome, comment, variables, cancellationToken);
        var receipt = new CompletionReceipt(instance.Id, taskId, result.Instance.Version, result.Effects);
        try
        {
            await SaveAsync(result, instance.Version, cancellationToken, idempotencyKey, receipt, instance);
        }
        catch (ConcurrencyException)
        {
            // A retry of the same request may have won the race: then answer as it did.
            if (await store.FindReceiptAsync(idempotencyKey, cancellationToken) is { } winner)
            {
                return winner;
            }

            throw;
        }

        var followed = await FollowAsync(result, cancellationToken);
        return receipt with { Effects = followed.Effects };
    }

    public Task<CommandResult> FireTimerAsync(Guid instanceId, string bookmarkId, CancellationToken cancellationToken = default) =>
        RunAsync(instanceId, (instance, ct) => engine.FireTimerAsync(instance, bookmarkId, ct), cancellationToken);

    /// <summary>A worker completed an external task of the instance (see <see cref="WorkflowEngine.CompleteExternalTaskAsync"/>).</summary>
    public Task<CommandResult> CompleteExternalTaskAsync(
        Guid instanceId, string externalTaskId, IReadOnlyDictionary<string, object?>? variables, CancellationToken cancellationToken = default) =>
        RunAsync(instanceId, (instance, ct) => engine.CompleteExternalTaskAsync(instance, externalTaskId, variables, ct), cancellationToken);

    /// <summary>A worker raised a BPMN error on an external task of the instance.</summary>
    public Task<CommandResult> ExternalTaskBpmnErrorAsync(
        Guid instanceId, string externalTaskId, string errorCode, IReadOnlyDictionary<string, object?>? variables, CancellationToken cancellationToken = default) =>
        RunAsync(instanceId, (instance, ct) => engine.ExternalTaskBpmnErrorAsync(instance, externalTaskId, errorCode, variables, ct), cancellationToken);

    public Task<CommandResult> DeliverMessageAsync(
        Guid instanceId, string messageName, IReadOnlyDictionary<string, object?>? variables = null, CancellationToken cancellationToken = default) =>
        RunAsync(instanceId, (instance, ct) => engine.DeliverMessageAsync(instance, messageName, variables, ct), cancellationToken);

    /// <summary>
    /// Camunda's message correlation: delivers the message to the one running instance waiting for it with this
    /// business key (if given) whose variables equal every correlation key (if any).
    /// </summary>
    /// <exception cref="MessageNotCorrelatedException">No instance, or more than one, matches.</exception>
    public async Task<CommandResult> CorrelateMessageAsync(
        string messageName, string? businessKey, IReadOnlyDictionary<string, object?>? correlationKeys, IReadOnlyDictionary<string, object?>? variables,
        CancellationToken cancellationToken = default)
    {
        var matches = new List<Guid>();
        foreach (var id in await store.FindWaitingAsync(BookmarkKind.Message, messageName, businessKey, cancellationToken))
        {
            if (correlationKeys is null || correlationKeys.Count == 0
                || (await store.FindAsync(id, cancellationToken) is { } candidate && correlationKeys.All(k =>
                    candidate.Variables[k.Key]?.ToJsonString() == System.Text.Json.JsonSerializer.SerializeToNode(k.Value)?.ToJsonString())))
            {
                matches.Add(id);
            }
        }

        if (matches.Count == 0 && definitions.LatestStartingOn(Bpmn.EventTrigger.Message, messageName) is [var starting])
        {
            // As Camunda's correlateMessage: a message no instance waits for starts the process whose message start event catches it.
            return await StartByMessageAsync(starting, messageName, businessKey, variables, cancellationToken);
        }

        if (matches.Count != 1)
        {
            throw new MessageNotCorrelatedException(messageName, businessKey, matches.Count);
        }

        return await DeliverMessageAsync(matches[0], messageName, variables, cancellationToken);
    }

    /// <summary>
    /// Broadcasts a signal to every running instance waiting for it (except <paramref name="except"/>, which threw it), then,
    /// as in Camunda, starts an instance of the latest version of every process with a signal start event for it.
    /// </summary>
    public async Task<IReadOnlyList<CommandResult>> BroadcastSignalAsync(
        string signalName, IReadOnlyDictionary<string, object?>? variables, Guid? except = null, CancellationToken cancellationToken = default)
    {
        var results = new List<CommandResult>();
        foreach (var id in await store.FindWaitingAsync(BookmarkKind.Signal, signalName, null, cancellationToken))
        {
            if (id != except)
            {
                results.Add(await RetryOnConflictAsync(() => RunAsync(id, (instance, ct) => engine.DeliverSignalAsync(instance, signalName, variables, ct), cancellationToken)));
            }
        }

        foreach (var definition in definitions.LatestStartingOn(Bpmn.EventTrigger.Signal, signalName))
        {
            var start = definition.Process.StartEvents.First(s => s.Event is { Trigger: Bpmn.EventTrigger.Signal } e && e.Reference == signalName);
            results.Add(await StartAtEventAsync(definition, start.Id, null, variables, cancellationToken));
        }

        return results;
    }

    public Task<CommandResult> ClaimTaskAsync(Guid instanceId, string taskId, Actor actor, CancellationToken cancellationToken = default) =>
        RunAsync(instanceId, (instance, ct) => engine.ClaimTaskAsync(instance, taskId, actor, ct), cancellationToken);

    /// <summary>Claims a task of an instance the caller has just read; the save expects its version (no second read).</summary>
    public Task<CommandResult> ClaimTaskAsync(WorkflowInstance instance, string taskId, Actor actor, CancellationToken cancellationToken = default) =>
        RunOnAsync(instance, (current, ct) => engine.ClaimTaskAsync(current, taskId, actor, ct), cancellationToken);

    public Task<CommandResult> ChangeTaskAssignmentAsync(
        Guid instanceId, string taskId, TaskAssignmentChange change, string? userId, CancellationToken cancellationToken = default) =>
        RunAsync(instanceId, (instance, ct) => engine.ChangeTaskAssignmentAsync(instance, taskId, change, userId, ct), cancellationToken);

    /// <summary>
    /// Moves a running instance to another version of its definition. Allowed only when every node
    /// the instance stands on (tokens and bookmarks) exists in the target; variables and tasks stay.
    /// </summary>
    /// <exception cref="InstanceMigrationException">The instance is not running, or a node is missing from the target.</exception>
    public async Task<WorkflowInstance> MigrateAsync(Guid instanceId, WorkflowDefinition target, CancellationToken cancellationToken = default)
    {
        var instance = await LoadAsync(instanceId, cancellationToken);
        if (instance.DefinitionKey != target.Key)
        {
            throw new InstanceMigrationException(instanceId, target.Version, $"the target is a version of '{target.Key}', not of '{instance.DefinitionKey}'");
        }

        if (instance.Status != WorkflowStatus.Running)
        {
            throw new InstanceMigrationException(instanceId, target.Version, $"the instance is {instance.Status.ToString().ToLowerInvariant()}");
        }

        var missing = MissingInTarget(instance, target);
        if (missing.Count > 0)
        {
            throw new InstanceMigrationException(instanceId, target.Version, $"active node(s) {string.Join(", ", missing)} do not exist in the target");
        }

        var migrated = WorkflowJson.Clone(instance);
        migrated.DefinitionVersion = target.Version;
        migrated.Version++;
        await store.SaveAsync(new WorkflowChangeSet([new InstanceWrite(migrated, instance.Version)]), cancellationToken);
        return migrated;
    }

    /// <summary>The nodes the instance stands on (tokens and bookmarks) that <paramref name="target"/> lacks: a migration needs none.</summary>
    public static IReadOnlyList<string> MissingInTarget(WorkflowInstance instance, WorkflowDefinition target) =>
        [.. instance.Tokens.Select(t => t.ElementId).Concat(instance.Bookmarks.Select(b => b.ElementId))
            .Distinct(StringComparer.Ordinal).Where(id => !target.Process.Nodes.ContainsKey(id)).Order(StringComparer.Ordinal)];

    public Task<CommandResult> CancelAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        RunAsync(instanceId, (instance, ct) => engine.CancelAsync(instance, ct), cancellationToken);

    private async Task<CommandResult> RunAsync(
        Guid instanceId, Func<WorkflowInstance, CancellationToken, Task<CommandResult>> command, CancellationToken cancellationToken) =>
        await RunOnAsync(await LoadAsync(instanceId, cancellationToken), command, cancellationToken);

    /// <summary>Runs the command on an instance already read, saves it at the version it was read at, and follows the effects.</summary>
    private async Task<CommandResult> RunOnAsync(
        WorkflowInstance instance, Func<WorkflowInstance, CancellationToken, Task<CommandResult>> command, CancellationToken cancellationToken)
    {
        var result = await command(instance, cancellationToken);
        if (!result.Changed)
        {
            return result;
        }

        await SaveAsync(result, instance.Version, cancellationToken, previous: instance);
        return await FollowAsync(result, cancellationToken);
    }

    private async Task<CommandResult> SaveStartedAsync(CommandResult started, CancellationToken cancellationToken)
    {
        await SaveAsync(started, 0, cancellationToken);
        return await FollowAsync(started, cancellationToken);
    }

    private async Task<WorkflowInstance> LoadAsync(Guid instanceId, CancellationToken cancellationToken) =>
        await store.FindAsync(instanceId, cancellationToken) ?? throw new InstanceNotFoundException(instanceId);

    private Task SaveAsync(CommandResult result, int expectedVersion, CancellationToken cancellationToken, string? key = null,
        CompletionReceipt? receipt = null, WorkflowInstance? previous = null)
    {
        var writes = new List<InstanceWrite> { new(result.Instance, expectedVersion, previous) };
        writes.AddRange(result.StartedChildren.Select(child => new InstanceWrite(child, 0)));
        return store.SaveAsync(new WorkflowChangeSet(writes, key, receipt), cancellationToken);
    }

    /// <summary>Applies the cross-instance effects, each as its own command, and gathers all effects.</summary>
    private async Task<CommandResult> FollowAsync(CommandResult result, CancellationToken cancellationToken)
    {
        var effects = new List<WorkflowEffect>(result.Effects);
        foreach (var effect in result.Effects)
        {
            CommandResult? next = effect switch
            {
                ParentResumeRequested resume => await RetryOnConflictAsync(() => RunAsync(
                    resume.ParentInstanceId, (parent, ct) => engine.ResumeAfterChildAsync(parent, result.Instance, ct), cancellationToken)),
                ChildInstanceCancelRequested cancel when await store.FindAsync(cancel.ChildInstanceId, cancellationToken) is { Status: WorkflowStatus.Running } =>
                    await CancelAsync(cancel.ChildInstanceId, cancellationToken),
                _ => null,
            };
            if (next is not null)
            {
                effects.AddRange(next.Effects);
            }

            // A thrown signal reaches every other instance waiting for it.
            if (effect is SignalThrown signal)
            {
                foreach (var delivered in await BroadcastSignalAsync(signal.SignalName, null, signal.InstanceId, cancellationToken))
                {
                    effects.AddRange(delivered.Effects);
                }
            }
        }

        return result with { Effects = effects };
    }

    // The child is already saved; losing the race on the parent must not leave it waiting for ever.
    private static async Task<CommandResult> RetryOnConflictAsync(Func<Task<CommandResult>> command)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await command();
            }
            catch (ConcurrencyException) when (attempt < 5)
            {
            }
        }
    }
}
