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
public sealed class WorkflowEngine : IInstanceRunner
{
    private const int StepLimit = 10_000;

    private readonly EngineServices services;
    private readonly ActivityBehaviorRegistry behaviors;

    public WorkflowEngine(
        IWorkflowDefinitionStore definitions,
        IEnumerable<IServiceTaskHandler> handlers,
        IBusinessCalendar calendar,
        TimeProvider? time = null,
        ScriptLimits? limits = null,
        IDecisionEvaluator? decisions = null)
        : this(definitions, handlers, calendar, time, limits, decisions, configure: null)
    {
    }

    /// <summary>As the public constructor; <paramref name="configure"/> adds behaviours to the defaults.</summary>
    internal WorkflowEngine(
        IWorkflowDefinitionStore definitions,
        IEnumerable<IServiceTaskHandler> handlers,
        IBusinessCalendar calendar,
        TimeProvider? time,
        ScriptLimits? limits,
        IDecisionEvaluator? decisions,
        Action<ActivityBehaviorRegistry>? configure)
    {
        limits ??= ScriptLimits.Default;
        services = new EngineServices(definitions, new ServiceTaskRegistry(handlers), calendar,
            new ExpressionEvaluator(limits, time ?? TimeProvider.System), new ScriptRunner(limits), time ?? TimeProvider.System, decisions, this);
        behaviors = ActivityBehaviorRegistry.Defaults(services);
        configure?.Invoke(behaviors);
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

    /// <summary>Starts an instance at the process-level start event <paramref name="startEventId"/> (a timer or signal start firing).</summary>
    /// <exception cref="ArgumentException">The process has no such start event.</exception>
    public Task<CommandResult> StartAtEventAsync(
        WorkflowDefinition definition, string startEventId, string? businessKey, IReadOnlyDictionary<string, object?>? variables = null,
        CancellationToken cancellationToken = default)
    {
        var start = definition.Process.StartEvents.FirstOrDefault(s => s.Id == startEventId)
            ?? throw new ArgumentException($"'{definition.Key}' version {definition.Version} has no start event '{startEventId}'.", nameof(startEventId));
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
    /// Resumes a suspended instance. Timers that fell due while it was suspended, and waiting jobs, are scheduled again, to fire now.
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
            .Where(b => b.Kind is BookmarkKind.Timer or BookmarkKind.Job && b.DueAt <= now)
            .Select(b => b.Kind == BookmarkKind.Job
                ? (WorkflowEffect)new JobScheduled(resumed.Id, b.Id, b.ElementId, now)
                : new TimerScheduled(resumed.Id, b.Id, b.ElementId, b.DueAt!.Value))];
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

            var token = context.Instance.Tokens.Single(t => t.Id == task.TokenId);
            return ResumeAsync(context, token, context.Process.Node(task.ElementId), new TaskCompleted(task, actor.UserId, outcome, comment, variables));
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
            // Set from the task's token: a variable the task (its input parameters) or an enclosing sub-process has locally stays there.
            context.Current = token;
            context.SetVariables(variables);
            return ResumeAsync(context, token, node, ExternalTaskCompleted.Instance);
        });

    /// <summary>A worker raised the BPMN error <paramref name="errorCode"/> on the external task: caught like a handler's error.</summary>
    public Task<CommandResult> ExternalTaskBpmnErrorAsync(
        WorkflowInstance instance, string externalTaskId, string errorCode, IReadOnlyDictionary<string, object?>? variables,
        CancellationToken cancellationToken = default) =>
        ExecuteAsync(instance, cancellationToken, context =>
        {
            var (token, node) = ExternalTask(context, externalTaskId);
            context.SetVariables(variables);
            return ResumeAsync(context, token, node, new ExternalTaskFailed(errorCode));
        });

    private static (Token Token, FlowNode Node) ExternalTask(RunContext context, string externalTaskId)
    {
        var bookmark = context.Instance.Bookmarks.Find(b => b.Id == externalTaskId && b.Kind == BookmarkKind.ExternalTask)
            ?? throw new ExternalTaskNotFoundException(context.Instance.Id, externalTaskId);
        var token = context.Instance.Tokens.Single(t => t.Id == bookmark.TokenId);
        context.Instance.Bookmarks.Remove(bookmark);
        return (token, context.Process.Node(bookmark.ElementId));
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

    /// <summary>
    /// Fires a timer, or runs an asynchronous continuation's job (<see cref="BookmarkKind.Job"/>: both are due bookmarks a job fires).
    /// One whose bookmark is gone (fired already, task done, instance ended) changes nothing, so a job run twice does its work once: the
    /// bookmark goes in the same save as the work. A job that fails throws and the caller saves nothing: the token still waits there.
    /// </summary>
    public Task<CommandResult> FireTimerAsync(WorkflowInstance instance, string bookmarkId, CancellationToken cancellationToken = default)
    {
        if (instance.Status != WorkflowStatus.Running
            || !instance.Bookmarks.Exists(b => b.Id == bookmarkId && b.Kind is BookmarkKind.Timer or BookmarkKind.Job))
        {
            return Task.FromResult(new CommandResult(instance, [], [], Changed: false));
        }

        return ExecuteAsync(instance, cancellationToken, context =>
        {
            var bookmark = context.Instance.Bookmarks.Single(b => b.Id == bookmarkId);
            context.Instance.Bookmarks.Remove(bookmark);
            if (bookmark.Kind == BookmarkKind.Job)
            {
                ContinueJob(context, bookmark);
                return Task.CompletedTask;
            }

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

    /// <summary>The job of an asynchronous boundary continues its token: into the element (before) or along the chosen flows (after).</summary>
    private static void ContinueJob(RunContext context, Bookmark bookmark)
    {
        var token = context.Instance.Tokens.Single(t => t.Id == bookmark.TokenId);
        context.Current = token;
        var node = context.Process.Node(bookmark.ElementId);
        if (bookmark.Flows is { } flows)
        {
            context.Pass(token, [.. flows.Select(id => context.Process.Flows[id])]);
        }
        else
        {
            context.Start(token, node);
        }
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
            var bookmark = context.Instance.Bookmarks.Single(b => b.Id == child.ParentBookmarkId);
            var token = context.Instance.Tokens.Single(t => t.Id == bookmark.TokenId);
            return ResumeAsync(context, token, context.Process.Node(bookmark.ElementId), new ChildCompleted(bookmark, child));
        });
    }

    /// <summary>Hands a resumption to the behaviour of the node the token waits on.</summary>
    private Task ResumeAsync(RunContext context, Token token, FlowNode node, Resumption resumption)
    {
        context.Current = token;
        return behaviors.For(node).ResumeAsync(context, token, node, resumption);
    }

    Task<CommandResult> IInstanceRunner.RunNewAsync(WorkflowInstance instance, Func<RunContext, Task> command, CancellationToken cancellationToken) =>
        ExecuteAsync(instance, cancellationToken, command);

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
            context.Current = token;
            await behaviors.For(node).ExecuteAsync(context, token, node);
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

    internal static WorkflowInstance NewInstance(WorkflowDefinition definition, string? businessKey, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        DefinitionKey = definition.Key,
        DefinitionVersion = definition.Version,
        BusinessKey = businessKey,
        Status = WorkflowStatus.Running,
        CreatedAt = now,
    };

    private Task<CommandResult> StartAtAsync(
        WorkflowDefinition definition, StartEvent start, string? businessKey, IReadOnlyDictionary<string, object?>? variables, CancellationToken cancellationToken) =>
        ExecuteAsync(NewInstance(definition, businessKey, services.Time.GetUtcNow()), cancellationToken, context =>
        {
            context.SetVariables(variables);
            context.ArmScope(null, null);
            context.NewToken(start.Id, null, []);
            return Task.CompletedTask;
        });

    // The none start event when there is one; a process with only message, timer or signal starts begins at the first.
    private static StartEvent DefaultStart(BpmnProcess process) =>
        process.StartEvents.OrderBy(s => s.Event is null ? 0 : s.MessageName is null ? 1 : 2).ThenBy(s => s.Line).First();

    /// <summary>Starts a new instance at its default start event (a call activity's child).</summary>
    internal static void Begin(RunContext context)
    {
        context.ArmScope(null, null);
        context.NewToken(DefaultStart(context.Process).Id, null, []);
    }
}
