using InvestAid.Workflows.Bpmn;
using InvestAid.Workflows.Runtime.Behaviors;
using InvestAid.Workflows.Runtime.Effects;
using InvestAid.Workflows.Runtime.State;
using InvestAid.Workflows.Scripting;

namespace InvestAid.Workflows.Runtime;

/// <summary>
/// Executes BPMN instances. Each command works on a copy of the instance, advances every
/// token until it waits, and returns the new state with the effects to perform; it never
/// saves. If anything throws, the caller still holds the unchanged instance and saves nothing.
/// </summary>
public sealed class WorkflowEngine
{
    private const int StepLimit = 10_000;

    private readonly EngineServices services;
    private readonly IReadOnlyList<IActivityBehavior> behaviors;

    public WorkflowEngine(
        IWorkflowDefinitionSource definitions,
        IEnumerable<IServiceTaskHandler> handlers,
        IBusinessCalendar calendar,
        TimeProvider? time = null,
        ScriptLimits? limits = null,
        IDecisionEvaluator? decisions = null)
    {
        limits ??= ScriptLimits.Default;
        services = new EngineServices(definitions, new ServiceTaskRegistry(handlers), calendar,
            new ExpressionEvaluator(limits, time ?? TimeProvider.System), new ScriptRunner(limits), time ?? TimeProvider.System);
        behaviors =
        [
            new StartEventBehavior(),
            new EndEventBehavior(),
            new TimerCatchBehavior(),
            new MessageCatchBehavior(),
            new BoundaryTimerBehavior(),
            new UserTaskBehavior(),
            new MultiInstanceTaskBehavior(),
            new ServiceTaskBehavior(),
            new ScriptTaskBehavior(),
            new BusinessRuleTaskBehavior(decisions),
            new CallActivityBehavior(StartChildAsync),
            new ExclusiveGatewayBehavior(),
            new ParallelGatewayBehavior(),
            new InclusiveGatewayBehavior(),
            new SubProcessBehavior(),
            new PassThroughBehavior(),
            new ReceiveTaskBehavior(),
            new CatchEventBehavior(),
            new BoundaryEventBehavior(),
            new ThrowEventBehavior(),
        ];
    }

    public Task<CommandResult> StartAsync(
        WorkflowDefinition definition, string? businessKey, IReadOnlyDictionary<string, object?>? variables = null, CancellationToken cancellationToken = default) =>
        StartAtAsync(definition, DefaultStart(definition.Process), businessKey, variables, cancellationToken);

    /// <summary>
    /// Starts an instance at the message start event that catches <paramref name="messageName"/>
    /// (BPMN: the message's arrival creates the instance); the message's payload becomes variables.
    /// </summary>
    /// <exception cref="MessageStartNotDefinedException">No start event of this version catches the message.</exception>
    public Task<CommandResult> StartByMessageAsync(
        WorkflowDefinition definition, string messageName, string? businessKey, IReadOnlyDictionary<string, object?>? variables = null,
        CancellationToken cancellationToken = default)
    {
        var start = definition.Process.StartEvents.FirstOrDefault(s => s.MessageName == messageName)
            ?? throw new MessageStartNotDefinedException(definition.Key, definition.Version, messageName);
        return StartAtAsync(definition, start, businessKey, variables, cancellationToken);
    }

    /// <summary>
    /// Suspends a running instance: until resumed, every command but resume and cancel is refused (409) and
    /// timers that fall due wait; the tasks stay in the inbox but cannot be claimed or completed.
    /// </summary>
    public CommandResult Suspend(WorkflowInstance instance)
    {
        if (instance.Status != WorkflowStatus.Running)
        {
            throw new WorkflowNotRunningException(instance.Id, instance.Status.ToString().ToLowerInvariant());
        }

        var suspended = WorkflowJson.Clone(instance);
        suspended.Status = WorkflowStatus.Suspended;
        suspended.Version++;
        return new CommandResult(suspended, [], []);
    }

    /// <summary>
    /// Resumes a suspended instance. Timers that fell due while it was suspended are scheduled again, to fire now.
    /// </summary>
    public CommandResult Resume(WorkflowInstance instance)
    {
        if (instance.Status != WorkflowStatus.Suspended)
        {
            throw new WorkflowNotSuspendedException(instance.Id, instance.Status.ToString().ToLowerInvariant());
        }

        var resumed = WorkflowJson.Clone(instance);
        resumed.Status = WorkflowStatus.Running;
        resumed.Version++;
        var now = services.Time.GetUtcNow();
        WorkflowEffect[] due = [.. resumed.Bookmarks
            .Where(b => b.Kind == BookmarkKind.Timer && b.DueAt <= now)
            .Select(b => new TimerScheduled(resumed.Id, b.Id, b.ElementId, b.DueAt!.Value))];
        return new CommandResult(resumed, due, []);
    }

    public Task<CommandResult> CompleteTaskAsync(
        WorkflowInstance instance, string taskId, Actor actor, string? outcome, string? comment = null,
        IReadOnlyDictionary<string, object?>? variables = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(instance, cancellationToken, context =>
        {
            var task = context.Instance.Tasks.Find(t => t.Id == taskId) ?? throw new TaskNotFoundException(instance.Id, taskId);
            if (task.Status != WorkflowTaskStatus.Open)
            {
                throw new TaskNotOpenException(taskId, task.Status.ToString().ToLowerInvariant());
            }

            TaskPermissions.EnsureCanComplete(task, actor);
            TaskPermissions.EnsureNotDelegated(task);
            TaskPermissions.EnsureOutcome(task, outcome);

            task.Status = WorkflowTaskStatus.Completed;
            task.ClosedAt = context.Now;
            task.CompletedBy = actor.UserId;
            task.Outcome = outcome;
            task.Comment = comment;
            if (context.Instance.History.Find(h => h.TaskId == task.Id) is { } entry)
            {
                entry.Ended = context.Now;
                entry.Actor = actor.UserId;
                entry.Outcome = outcome;
                entry.Comment = comment;
            }

            context.Instance.Bookmarks.RemoveAll(b => b.TaskId == task.Id);
            context.Effects.Add(new TaskClosed(context.Instance.Id, task.Id, task.ElementId, Cancelled: false));
            context.SetVariables(variables);
            if (outcome is not null)
            {
                // Gateways after the task read the decision as ${outcome == 'approve'}.
                context.Instance.Variables["outcome"] = outcome;
            }

            var token = context.Instance.Tokens.Single(t => t.Id == task.TokenId);
            var node = (UserTask)context.Process.Node(task.ElementId);
            context.RunListeners(node.Listeners, "complete", node.Id, TaskIssuer.TaskScope(task));
            if (node.MultiInstance is null)
            {
                UserTaskBehavior.OnCompleted(context, token, node);
            }
            else
            {
                MultiInstanceTaskBehavior.OnCompleted(context, token, node, task);
            }

            return Task.CompletedTask;
        });

    /// <summary>
    /// A worker completed the external task <paramref name="externalTaskId"/> (its bookmark): the variables are set and the service
    /// task is left. One that no longer waits (completed, cancelled by a boundary event) is <see cref="ExternalTaskNotFoundException"/>.
    /// </summary>
    public Task<CommandResult> CompleteExternalTaskAsync(
        WorkflowInstance instance, string externalTaskId, IReadOnlyDictionary<string, object?>? variables, CancellationToken cancellationToken = default) =>
        ExecuteAsync(instance, cancellationToken, context =>
        {
            var (token, node) = ExternalTask(context, externalTaskId);
            context.SetVariables(variables);
            ServiceTaskBehavior.OnExternalCompleted(context, token, node);
            return Task.CompletedTask;
        });

    /// <summary>A worker raised the BPMN error <paramref name="errorCode"/> on the external task: caught like a handler's error.</summary>
    public Task<CommandResult> ExternalTaskBpmnErrorAsync(
        WorkflowInstance instance, string externalTaskId, string errorCode, IReadOnlyDictionary<string, object?>? variables,
        CancellationToken cancellationToken = default) =>
        ExecuteAsync(instance, cancellationToken, context =>
        {
            var (token, node) = ExternalTask(context, externalTaskId);
            context.SetVariables(variables);
            ServiceTaskBehavior.OnExternalError(context, token, node, errorCode);
            return Task.CompletedTask;
        });

    private static (Token Token, ServiceTask Node) ExternalTask(RunContext context, string externalTaskId)
    {
        var bookmark = context.Instance.Bookmarks.Find(b => b.Id == externalTaskId && b.Kind == BookmarkKind.ExternalTask)
            ?? throw new ExternalTaskNotFoundException(context.Instance.Id, externalTaskId);
        var token = context.Instance.Tokens.Single(t => t.Id == bookmark.TokenId);
        context.Instance.Bookmarks.Remove(bookmark);
        return (token, (ServiceTask)context.Process.Node(bookmark.ElementId));
    }

    /// <summary>Makes the actor the task's assignee; only someone who may complete it may claim it, and only once.</summary>
    public Task<CommandResult> ClaimTaskAsync(WorkflowInstance instance, string taskId, Actor actor, CancellationToken cancellationToken = default) =>
        ExecuteAsync(instance, cancellationToken, context =>
        {
            var task = context.Instance.Tasks.Find(t => t.Id == taskId) ?? throw new TaskNotFoundException(instance.Id, taskId);
            if (task.Status != WorkflowTaskStatus.Open)
            {
                throw new TaskNotOpenException(taskId, task.Status.ToString().ToLowerInvariant());
            }

            TaskPermissions.EnsureCanComplete(task, actor);
            task.Assignee = actor.UserId;
            context.RunListeners(context.Process.Node(task.ElementId).Listeners, "assignment", task.ElementId, TaskIssuer.TaskScope(task));
            return Task.CompletedTask;
        });

    /// <summary>
    /// Changes an open task's assignee as an administrator does (Camunda's <c>setAssignee</c>; null unclaims), or
    /// delegates it (the owner is kept, the delegate works on it with <c>PENDING</c>), or resolves a delegated task
    /// (back to its owner with <c>RESOLVED</c>). Who may do which is the application's rule; the assignment listeners run.
    /// </summary>
    public Task<CommandResult> ChangeTaskAssignmentAsync(
        WorkflowInstance instance, string taskId, TaskAssignmentChange change, string? userId, CancellationToken cancellationToken = default) =>
        ExecuteAsync(instance, cancellationToken, context =>
        {
            var task = context.Instance.Tasks.Find(t => t.Id == taskId) ?? throw new TaskNotFoundException(instance.Id, taskId);
            if (task.Status != WorkflowTaskStatus.Open)
            {
                throw new TaskNotOpenException(taskId, task.Status.ToString().ToLowerInvariant());
            }

            switch (change)
            {
                case TaskAssignmentChange.SetAssignee:
                    task.Assignee = userId;
                    break;
                case TaskAssignmentChange.Delegate:
                    task.Owner ??= task.Assignee;
                    task.Assignee = userId;
                    task.DelegationState = DelegationStates.Pending;
                    break;
                case TaskAssignmentChange.Resolve:
                    if (task.DelegationState != DelegationStates.Pending)
                    {
                        throw new TaskNotDelegatedException(taskId);
                    }

                    task.Assignee = task.Owner;
                    task.DelegationState = DelegationStates.Resolved;
                    break;
            }

            if (task.Assignee is not null)
            {
                context.RunListeners(context.Process.Node(task.ElementId).Listeners, "assignment", task.ElementId, TaskIssuer.TaskScope(task));
            }

            return Task.CompletedTask;
        });

    /// <summary>Fires a timer; a timer whose bookmark is gone (task done, instance ended) changes nothing.</summary>
    public Task<CommandResult> FireTimerAsync(WorkflowInstance instance, string bookmarkId, CancellationToken cancellationToken = default)
    {
        if (instance.Status != WorkflowStatus.Running || !instance.Bookmarks.Exists(b => b.Id == bookmarkId && b.Kind == BookmarkKind.Timer))
        {
            return Task.FromResult(new CommandResult(instance, [], [], Changed: false));
        }

        return ExecuteAsync(instance, cancellationToken, context =>
        {
            var bookmark = context.Instance.Bookmarks.Single(b => b.Id == bookmarkId);
            context.Instance.Bookmarks.Remove(bookmark);
            var node = context.Process.Node(bookmark.ElementId);
            var repeats = node is BoundaryTimerEvent { Interrupting: false } || node is StartEvent { Interrupting: false, ScopeId: not null };
            if (repeats && bookmark.RemainingRepetitions is null or > 0)
            {
                var timer = node is BoundaryTimerEvent b ? b.Timer : ((StartEvent)node).Event!.Timer!;
                context.ScheduleTimer(bookmark.TokenId, node, timer, bookmark.RemainingRepetitions - 1);
            }

            EventDispatch.Trigger(context, bookmark);
            return Task.CompletedTask;
        });
    }

    public Task<CommandResult> DeliverMessageAsync(
        WorkflowInstance instance, string messageName, IReadOnlyDictionary<string, object?>? variables = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(instance, cancellationToken, context =>
        {
            var bookmark = context.Instance.Bookmarks.Find(b => b.Kind == BookmarkKind.Message && b.MessageName == messageName)
                ?? throw new MessageNotExpectedException(instance.Id, messageName);
            context.Instance.Bookmarks.Remove(bookmark);
            context.SetVariables(variables);
            EventDispatch.Trigger(context, bookmark);
            return Task.CompletedTask;
        });

    /// <summary>Whether the instance has an element waiting for the message (for correlation by business key or variables).</summary>
    public static bool AwaitsMessage(WorkflowInstance instance, string messageName) =>
        instance.Status == WorkflowStatus.Running && instance.Bookmarks.Exists(b => b.Kind == BookmarkKind.Message && b.MessageName == messageName);

    /// <summary>Delivers a signal thrown elsewhere: every element of this instance waiting for it runs; none waiting changes nothing.</summary>
    public Task<CommandResult> DeliverSignalAsync(
        WorkflowInstance instance, string signalName, IReadOnlyDictionary<string, object?>? variables = null, CancellationToken cancellationToken = default)
    {
        if (instance.Status != WorkflowStatus.Running || !instance.Bookmarks.Exists(b => b.Kind == BookmarkKind.Signal && b.MessageName == signalName))
        {
            return Task.FromResult(new CommandResult(instance, [], [], Changed: false));
        }

        return ExecuteAsync(instance, cancellationToken, context =>
        {
            context.SetVariables(variables);
            EventDispatch.Signal(context, signalName);
            return Task.CompletedTask;
        });
    }

    /// <summary>
    /// Ends the instance, running, suspended or faulted (an administrator clears a faulted one away): open tasks are cancelled,
    /// timers dropped, children asked to cancel.
    /// </summary>
    public Task<CommandResult> CancelAsync(WorkflowInstance instance, CancellationToken cancellationToken = default) =>
        ExecuteAsync(instance, cancellationToken, allowSuspended: true, allowFaulted: true, command: context =>
        {
            context.CancelAllTokens();
            context.Instance.Status = WorkflowStatus.Terminated;
            context.Instance.EndedAt = context.Now;
            return Task.CompletedTask;
        });

    /// <summary>Resumes the call activity of <paramref name="parent"/> that waits for <paramref name="child"/>, which completed.</summary>
    public Task<CommandResult> ResumeAfterChildAsync(WorkflowInstance parent, WorkflowInstance child, CancellationToken cancellationToken = default)
    {
        if (parent.Status != WorkflowStatus.Running || !parent.Bookmarks.Exists(b => b.Id == child.ParentBookmarkId && b.Kind == BookmarkKind.CallActivity))
        {
            return Task.FromResult(new CommandResult(parent, [], [], Changed: false));
        }

        return ExecuteAsync(parent, cancellationToken, context =>
        {
            CallActivityBehavior.OnChildCompleted(context, context.Instance.Bookmarks.Single(b => b.Id == child.ParentBookmarkId), child);
            return Task.CompletedTask;
        });
    }

    private Task<CommandResult> ExecuteAsync(WorkflowInstance original, CancellationToken cancellationToken, Func<RunContext, Task> command) =>
        ExecuteAsync(original, cancellationToken, allowSuspended: false, command);

    private async Task<CommandResult> ExecuteAsync(
        WorkflowInstance original, CancellationToken cancellationToken, bool allowSuspended, Func<RunContext, Task> command, bool allowFaulted = false)
    {
        if (original.Status != WorkflowStatus.Running && !(allowSuspended && original.Status == WorkflowStatus.Suspended)
            && !(allowFaulted && original.Status == WorkflowStatus.Faulted))
        {
            throw new WorkflowNotRunningException(original.Id, original.Status.ToString().ToLowerInvariant());
        }

        var instance = WorkflowJson.Clone(original);
        var process = services.Definitions.Get(instance.DefinitionKey, instance.DefinitionVersion).Process;
        var context = new RunContext(instance, process, services, cancellationToken);
        await command(context);
        await RunAsync(context);
        instance.Version++;
        return new CommandResult(instance, context.Effects, context.StartedChildren);
    }

    /// <summary>Runs active tokens until every token waits, the instance ends, or it faults.</summary>
    private async Task RunAsync(RunContext context)
    {
        var instance = context.Instance;
        var steps = 0;
        var conditionsChecked = false;
        while (instance.Status == WorkflowStatus.Running && instance.Tokens.Find(t => t.Status == TokenStatus.Active) is { } token)
        {
            if (++steps > StepLimit)
            {
                throw new StepLimitExceededException(instance.Id, StepLimit);
            }

            context.CancellationToken.ThrowIfCancellationRequested();
            var node = context.Process.Node(token.ElementId);
            await behaviors.First(b => b.Handles(node)).ExecuteAsync(context, token, node);
            if (instance.Status == WorkflowStatus.Running && !instance.Tokens.Exists(t => t.Status == TokenStatus.Active) && !conditionsChecked)
            {
                // Variables may have changed: conditional events whose condition now holds run, once per command.
                conditionsChecked = true;
                EventDispatch.FireConditions(context);
            }
        }

        if (instance.Status == WorkflowStatus.Running && instance.Tokens.Count == 0)
        {
            foreach (var left in instance.Bookmarks.ToList())
            {
                context.RemoveBookmark(left);
            }

            instance.Status = WorkflowStatus.Completed;
            instance.EndedAt = context.Now;
            if (instance.ParentInstanceId is { } parentId)
            {
                context.Effects.Add(new ParentResumeRequested(instance.Id, parentId, instance.ParentBookmarkId!));
            }
        }
    }

    private WorkflowInstance NewInstance(WorkflowDefinition definition, string? businessKey) => new()
    {
        Id = Guid.CreateVersion7(),
        DefinitionKey = definition.Key,
        DefinitionVersion = definition.Version,
        BusinessKey = businessKey,
        Status = WorkflowStatus.Running,
        CreatedAt = services.Time.GetUtcNow(),
    };

    private Task<CommandResult> StartAtAsync(
        WorkflowDefinition definition, StartEvent start, string? businessKey, IReadOnlyDictionary<string, object?>? variables, CancellationToken cancellationToken) =>
        ExecuteAsync(NewInstance(definition, businessKey), cancellationToken, context =>
        {
            context.SetVariables(variables);
            context.ArmScope(null, null);
            context.NewToken(start.Id, null, []);
            return Task.CompletedTask;
        });

    // The none start event when there is one; a process with only message starts begins at the first.
    private static StartEvent DefaultStart(BpmnProcess process) =>
        process.StartEvents.OrderBy(s => s.MessageName is null ? 0 : 1).ThenBy(s => s.Line).First();

    private static void Begin(RunContext context)
    {
        context.ArmScope(null, null);
        context.NewToken(DefaultStart(context.Process).Id, null, []);
    }

    // calledElementBinding: latest (and deployment, which is the latest here), version, versionTag.
    private WorkflowDefinition CalledDefinition(RunContext context, CallActivity node)
    {
        var key = context.Services.Expressions.Evaluate(node.CalledElement, node.Id, context.Scope())?.ToString() ?? node.CalledElement;
        switch (node.Binding)
        {
            case "version":
                var text = node.Version is null ? null : context.Services.Expressions.Evaluate(node.Version, node.Id, context.Scope())?.ToString();
                return int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var version)
                    ? services.Definitions.Get(key, version)
                    : throw new ScriptException(node.Id, $"camunda:calledElementVersion '{node.Version}' is not a version number.");
            case "versionTag":
                var tag = node.VersionTag is null ? null : context.Services.Expressions.Evaluate(node.VersionTag, node.Id, context.Scope())?.ToString();
                return services.Definitions.GetByVersionTag(key, tag ?? "");
            default:
                return services.Definitions.GetLatest(key);
        }
    }

    private async Task StartChildAsync(RunContext context, Token token, CallActivity node)
    {
        var definition = CalledDefinition(context, node);
        var bookmark = context.AddBookmark(BookmarkKind.CallActivity, node.Id, token);
        var (scope, businessKey) = CallActivityBehavior.Inputs(context, node);
        var child = NewInstance(definition, businessKey);
        child.ParentInstanceId = context.Instance.Id;
        child.ParentBookmarkId = bookmark.Id;
        var result = await ExecuteAsync(child, context.CancellationToken, childContext =>
        {
            childContext.SetVariables(scope);
            Begin(childContext);
            return Task.CompletedTask;
        });

        context.ArmBoundaries(token, node);
        bookmark.ChildInstanceId = result.Instance.Id;
        context.Effects.Add(new ChildInstanceStarted(context.Instance.Id, result.Instance.Id, node.CalledElement));
        context.Effects.AddRange(result.Effects.Where(e => e is not ParentResumeRequested));
        context.StartedChildren.Add(result.Instance);
        context.StartedChildren.AddRange(result.StartedChildren);
        if (result.Instance.Status == WorkflowStatus.Completed)
        {
            CallActivityBehavior.OnChildCompleted(context, bookmark, result.Instance);
        }
    }
}
