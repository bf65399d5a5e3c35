using System.Text.Json;
using System.Text.Json.Nodes;
using InvestAid.Workflows.Bpmn;
using InvestAid.Workflows.Parsing;
using InvestAid.Workflows.Runtime.Effects;
using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Workflows.Runtime;

/// <summary>
/// One command's view of an instance: moves tokens, keeps history, and collects effects.
/// Behaviours change the instance only through this class, so history and effects stay in step.
/// </summary>
internal sealed class RunContext(WorkflowInstance instance, BpmnProcess process, EngineServices services, CancellationToken cancellationToken)
{
    public WorkflowInstance Instance { get; } = instance;
    public BpmnProcess Process { get; } = process;
    public EngineServices Services { get; } = services;
    public CancellationToken CancellationToken { get; } = cancellationToken;
    public DateTimeOffset Now { get; } = services.Time.GetUtcNow();
    public List<WorkflowEffect> Effects { get; } = [];
    public List<WorkflowInstance> StartedChildren { get; } = [];

    /// <summary>
    /// The token being run or resumed: expressions see the local variables of the scopes it lies in
    /// (<see cref="Token.Variables"/>), and a variable set that exists locally there is set there.
    /// </summary>
    public Token? Current { get; set; }

    public static string NewId() => Guid.CreateVersion7().ToString("N");

    public Token NewToken(string elementId, string? via, IEnumerable<string> forks, string? scopeTokenId = null, JsonObject? locals = null)
    {
        var token = new Token { Id = NewId(), Forks = [.. forks], ScopeTokenId = scopeTokenId };
        Instance.Tokens.Add(token);
        Enter(token, elementId, via, locals);
        return token;
    }

    /// <summary>
    /// Places the token on an element, active, with a fresh history entry; <paramref name="locals"/> are the locals it starts with
    /// (one instance of a multi-instance activity: <c>loopCounter</c>, the element variable).
    /// </summary>
    public void Enter(Token token, string elementId, string? via, JsonObject? locals = null)
    {
        var node = Process.Node(elementId);
        var entry = new HistoryEntry { Id = NewId(), ActivityId = elementId, ActivityType = node.Kind, Started = Now };
        Instance.History.Add(entry);
        token.ElementId = elementId;
        token.ArrivedVia = via;
        // Locals belong to the scope of the element the token leaves.
        token.Variables = locals;
        token.HistoryId = entry.Id;
        if (node.AsyncBefore && node is not SubProcess { TriggeredByEvent: true } && !IsLoopInstance(token))
        {
            // camunda:asyncBefore: the token stops here and a job enters the element (start listeners included) in its own transaction.
            token.Status = TokenStatus.Waiting;
            ScheduleJob(token, node, flows: null);
            return;
        }

        Start(token, node);
    }

    /// <summary>
    /// The element starts on the token placed on it: its input parameters become its locals, its start listeners run (they see
    /// the locals, as Camunda's run on the activity's execution) and the token is active.
    /// </summary>
    public void Start(Token token, FlowNode node)
    {
        token.Status = TokenStatus.Active;
        var previous = Current;
        Current = token;
        // A multi-instance activity maps its inputs for each instance (Camunda's inner activity), not for its body.
        if (node.IoMapping.Inputs.Count > 0 && (Behaviors.MultiInstanceLoop.SpecOf(node) is null || IsLoopInstance(token)))
        {
            token.Variables = MapInputs(node, token.Variables);
        }

        RunListeners(node.Listeners, "start", node.Id);
        Current = previous;
    }

    /// <summary>
    /// Camunda's InputParameter: each input is evaluated in the enclosing scope (and the instance's own locals, e.g. loopCounter,
    /// when <paramref name="locals"/> has them) and set as a local variable of the activity; returns the locals.
    /// </summary>
    public JsonObject MapInputs(FlowNode node, JsonObject? locals)
    {
        var scope = Scope(locals);
        locals ??= [];
        foreach (var input in node.IoMapping.Inputs)
        {
            locals[input.Name] = Evaluate(input.Value, node.Id, scope);
        }

        return locals;
    }

    /// <summary>
    /// Camunda's OutputParameter, when an activity ends normally (after its end listeners): each output is evaluated in the
    /// activity's scope (its locals over the enclosing scopes) and set in the enclosing scope, where a variable lands as any set
    /// there does (the innermost scope that has it locally, else the process). An interrupted activity maps no outputs.
    /// </summary>
    private void MapOutputs(Token token, FlowNode node)
    {
        var previous = Current;
        Current = token;
        var scope = Scope();
        var values = node.IoMapping.Outputs.Select(output => (output.Name, Value: Evaluate(output.Value, node.Id, scope))).ToList();
        Current = token.ScopeTokenId is { } outer ? Instance.Tokens.Find(t => t.Id == outer) : null;
        foreach (var (name, value) in values)
        {
            VariablesFor(name)[name] = value;
        }

        Current = previous;
    }

    /// <summary>
    /// Text as Camunda's expression manager reads it: one <c>${...}</c> is its value; a literal mixed with expressions
    /// (<c>${name}oque</c>) is a string with each expression's value in place (null as nothing, as JUEL has it).
    /// </summary>
    private JsonNode? EvaluateText(string text, string elementId, JsonObject scope)
    {
        var parts = new List<(string Text, bool Expression)>();
        var literal = 0;
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (text[i] is not ('$' or '#') || text[i + 1] != '{')
            {
                continue;
            }

            var depth = 0;
            var end = i + 1;
            for (; end < text.Length; end++)
            {
                depth += text[end] == '{' ? 1 : text[end] == '}' ? -1 : 0;
                if (depth == 0)
                {
                    break;
                }
            }

            if (end == text.Length)
            {
                break;
            }

            parts.Add((text[literal..i], false));
            parts.Add(("${" + text[(i + 2)..end] + "}", true));
            literal = i = end + 1;
            i--;
        }

        parts.Add((text[literal..], false));
        parts.RemoveAll(p => !p.Expression && p.Text.Length == 0);
        if (parts is [{ Expression: true } single])
        {
            return Services.Expressions.Evaluate(single.Text, elementId, scope);
        }

        return parts.All(p => !p.Expression) ? JsonValue.Create(text) : JsonValue.Create(string.Concat(parts.Select(p =>
            !p.Expression ? p.Text
            : Services.Expressions.Evaluate(p.Text, elementId, scope) is { } value ? (value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value.ToJsonString())
            : "")));
    }

    /// <summary>The value of an input or output parameter over <paramref name="scope"/>.</summary>
    public JsonNode? Evaluate(IoValue value, string elementId, JsonObject scope)
    {
        switch (value)
        {
            case IoText text:
                return EvaluateText(text.Text, elementId, scope);
            case IoScript script:
                // execution.setVariable in the script sets from the current token, as Camunda's sets on the script's scope.
                var (result, set) = Services.Scripts.Evaluate(script.Script, elementId, scope);
                SetVariables(set);
                return result;
            case IoList list:
                return new JsonArray([.. list.Items.Select(item => Evaluate(item, elementId, scope))]);
            case IoMap map:
                var entries = new JsonObject();
                foreach (var (key, item) in map.Entries)
                {
                    // Camunda evaluates a key as an expression too.
                    var name = Services.Expressions.Evaluate(key, elementId, scope);
                    entries[name is JsonValue v && v.TryGetValue<string>(out var text) ? text : name?.ToJsonString() ?? "null"] = Evaluate(item, elementId, scope);
                }

                return entries;
            default:
                return null;
        }
    }

    /// <summary>Stops the token at an asynchronous boundary of <paramref name="node"/>: a job continues it (<see cref="BookmarkKind.Job"/>).</summary>
    private void ScheduleJob(Token token, FlowNode node, List<string>? flows)
    {
        var bookmark = AddBookmark(BookmarkKind.Job, node.Id, token);
        bookmark.DueAt = Now;
        bookmark.Flows = flows;
        Effects.Add(new JobScheduled(Instance.Id, bookmark.Id, node.Id, Now));
    }

    /// <summary>Runs the listeners of an event: expressions are evaluated, scripts may set variables.</summary>
    public void RunListeners(IReadOnlyList<Listener> listeners, string evt, string elementId, JsonObject? local = null, Action<string?>? assign = null,
        Action<JsonNode?>? prioritize = null)
    {
        foreach (var listener in listeners.Where(l => l.Event == evt))
        {
            if (listener.Script is not null)
            {
                var set = Services.Scripts.Run(listener.Script, elementId, Scope(local));
                // task.setAssignee(...) in a task listener script assigns the task.
                if (set.Remove("__assignee", out var assignee) && assign is not null)
                {
                    assign(assignee?.GetValueKind() == System.Text.Json.JsonValueKind.String ? assignee.GetValue<string>() : null);
                }

                // task.setPriority(...) in a create listener script sets the task's priority (elsewhere it is ignored, never a variable).
                if (set.Remove("__priority", out var priority))
                {
                    prioritize?.Invoke(priority);
                }

                SetVariables(set);
            }
            else
            {
                Services.Expressions.Evaluate(listener.Expression!, elementId, Scope(local));
            }
        }
    }

    /// <summary>Leaves by the given flows; several flows fork, none ends the token (implicit end).</summary>
    public void Take(Token token, IReadOnlyList<SequenceFlow> flows)
    {
        var current = Process.Node(token.ElementId);
        RunListeners(current.Listeners, "end", current.Id);
        if (current.IoMapping.Outputs.Count > 0)
        {
            MapOutputs(token, current);
        }

        if (current.AsyncAfter && !IsLoopInstance(token))
        {
            // camunda:asyncAfter: the element has ended (its end listeners ran); a job takes the chosen flows in its own transaction.
            EndHistory(token.HistoryId);
            token.Status = TokenStatus.Waiting;
            ScheduleJob(token, current, [.. flows.Select(f => f.Id)]);
            return;
        }

        Pass(token, flows);
    }

    /// <summary>The second half of <see cref="Take"/>, after the element's end listeners: take listeners run and the token moves on.</summary>
    public void Pass(Token token, IReadOnlyList<SequenceFlow> flows)
    {
        foreach (var flow in flows)
        {
            RunListeners(flow.Listeners, "take", flow.Id);
        }

        EndHistory(token.HistoryId);
        if (flows.Count == 0)
        {
            Consume(token);
            CompleteScopeIfDone(token.ScopeTokenId);
            return;
        }

        foreach (var flow in flows.Skip(1))
        {
            NewToken(flow.TargetId, flow.Id, token.Forks, token.ScopeTokenId);
        }

        Enter(token, flows[0].TargetId, flows[0].Id);
    }

    public void Consume(Token token)
    {
        EndHistory(token.HistoryId);
        Instance.Tokens.Remove(token);
    }

    /// <summary>Ends a token that reached the end of its path; the last token of a sub-process completes it.</summary>
    public void EndToken(Token token)
    {
        var node = Process.Node(token.ElementId);
        RunListeners(node.Listeners, "end", node.Id);
        Consume(token);
        CompleteScopeIfDone(token.ScopeTokenId);
    }

    /// <summary>When no token is left inside a sub-process, the token on the sub-process leaves it.</summary>
    public void CompleteScopeIfDone(string? scopeTokenId)
    {
        if (scopeTokenId is null || Instance.Tokens.Exists(t => t.ScopeTokenId == scopeTokenId)
            || Instance.Tokens.Find(t => t.Id == scopeTokenId) is not { } scopeToken)
        {
            return;
        }

        var node = (SubProcess)Process.Node(scopeToken.ElementId);
        Current = scopeToken;
        CancelScope(scopeToken);
        if (IsLoopInstance(scopeToken))
        {
            // One run of a multi-instance sub-process ended: the loop counts it and goes on, or its body completes.
            Behaviors.MultiInstanceLoop.InstanceEnded(this, scopeToken, node, node.MultiInstance!);
        }
        else if (node.TriggeredByEvent)
        {
            EndToken(scopeToken);
        }
        else
        {
            Leave(scopeToken, node);
        }
    }

    /// <summary>Ends every token inside a scope (a sub-process token, or null for the whole process), without completing it.</summary>
    public void KillScope(string? scopeTokenId)
    {
        foreach (var token in Instance.Tokens.Where(t => t.ScopeTokenId == scopeTokenId).ToList())
        {
            CancelScope(token);
            Consume(token);
        }
    }

    /// <summary>
    /// Subscribes the event sub-processes of a scope that has just started: their timers are scheduled,
    /// their messages, signals and conditions awaited (errors and escalations are looked up when thrown).
    /// </summary>
    public void ArmScope(string? scopeId, Token? scopeToken)
    {
        foreach (var sub in Process.EventSubProcessesOf(scopeId))
        {
            var start = Process.StartEventsOf(sub.Id).Single();
            Subscribe(start, start.Event!, scopeToken?.Id ?? "");
        }
    }

    /// <summary>Waits for the trigger of a catching element on behalf of a token (a boundary's host, an event sub-process's scope).</summary>
    public void Subscribe(FlowNode node, EventDefinition definition, string tokenId)
    {
        switch (definition.Trigger)
        {
            case EventTrigger.Timer:
                var timer = ResolveTimer(node, definition.Timer!);
                ScheduleTimer(tokenId, node, timer, timer.Kind == TimerKind.Cycle ? timer.Repetitions - 1 : 0);
                break;
            case EventTrigger.Message:
                AddBookmark(BookmarkKind.Message, node.Id, tokenId).MessageName = definition.Reference;
                break;
            case EventTrigger.Signal:
                AddBookmark(BookmarkKind.Signal, node.Id, tokenId).MessageName = definition.Reference;
                break;
            case EventTrigger.Conditional:
                AddBookmark(BookmarkKind.Conditional, node.Id, tokenId);
                break;
        }
    }

    public void Wait(Token token) => token.Status = TokenStatus.Waiting;

    /// <summary>
    /// Whether the token waits for an asynchronous continuation's job (before the element it stands on, or after it): a joining gateway
    /// does not count it as arrived.
    /// </summary>
    public bool AwaitsJob(Token token) => Instance.Bookmarks.Exists(b => b.Kind == BookmarkKind.Job && b.TokenId == token.Id);

    public void Fault(Token token, string message)
    {
        token.Status = TokenStatus.Waiting;
        Instance.Status = WorkflowStatus.Faulted;
        Instance.FaultMessage = message;
    }

    public HistoryEntry? EndHistory(string? historyId)
    {
        var entry = Instance.History.Find(h => h.Id == historyId);
        if (entry is not null)
        {
            entry.Ended ??= Now;
        }

        return entry;
    }

    /// <summary>A copy of the variables (plus task-local ones) for an expression to read.</summary>
    public JsonObject Scope(JsonObject? local = null)
    {
        var scope = new JsonObject();
        foreach (var (name, value) in Instance.Variables)
        {
            scope[name] = value?.DeepClone();
        }

        if (Current is { } current && (current.Variables is not null || current.ScopeTokenId is not null))
        {
            AddLocals(scope, current);
        }

        foreach (var (name, value) in local ?? [])
        {
            scope[name] = value?.DeepClone();
        }

        return scope;
    }

    // Outer scopes first, so an inner local variable hides an outer one of the same name.
    private void AddLocals(JsonObject scope, Token token)
    {
        if (token.ScopeTokenId is { } outer && Instance.Tokens.Find(t => t.Id == outer) is { } outerToken)
        {
            AddLocals(scope, outerToken);
        }

        foreach (var (name, value) in token.Variables ?? [])
        {
            scope[name] = value?.DeepClone();
        }
    }

    /// <summary>Where setting <paramref name="name"/> lands: the innermost scope of <see cref="Current"/> that has it locally, else the instance.</summary>
    private JsonObject VariablesFor(string name)
    {
        for (var token = Current; token is not null; token = token.ScopeTokenId is { } outer ? Instance.Tokens.Find(t => t.Id == outer) : null)
        {
            if (token.Variables is { } local && local.ContainsKey(name))
            {
                return local;
            }
        }

        return Instance.Variables;
    }

    /// <summary>The token of a multi-instance body: it waits on the activity and holds the loop's progress.</summary>
    public MultiInstanceState? LoopOf(Token token) => Instance.MultiInstances.Count == 0 ? null
        : Instance.MultiInstances.Find(m => m.TokenId == token.Id && m.ElementId == token.ElementId);

    /// <summary>Whether <paramref name="token"/> is one instance of a multi-instance activity (inside its body's token, on the same element).</summary>
    public bool IsLoopInstance(Token token) =>
        token.ScopeTokenId is { } outer && Instance.MultiInstances.Count > 0
        && Instance.MultiInstances.Exists(m => m.TokenId == outer && m.ElementId == token.ElementId);

    public bool Holds(SequenceFlow flow, JsonObject? scope = null) =>
        flow.Condition is null || Services.Expressions.EvaluateCondition(flow.Condition, flow.Id, scope ?? Scope());

    /// <summary>
    /// Leaves an activity by its unconditional flows and those whose condition holds. An
    /// activity without flows ends the token; one whose conditions all fail faults the instance
    /// rather than silently dropping the token.
    /// </summary>
    public void Leave(Token token, FlowNode node)
    {
        var scope = Scope();
        var flows = node.Outgoing.Where(f => Holds(f, scope)).ToList();
        if (node.Outgoing.Count > 0 && flows.Count == 0)
        {
            Fault(token, $"'{node.Id}': no outgoing condition is true.");
            return;
        }

        Take(token, flows);
    }

    public void SetVariables(IReadOnlyDictionary<string, object?>? values)
    {
        foreach (var (name, value) in values ?? new Dictionary<string, object?>())
        {
            VariablesFor(name)[name] = value as JsonNode is { } node ? node.DeepClone() : JsonSerializer.SerializeToNode(value);
        }
    }

    public void SetVariables(JsonObject values)
    {
        foreach (var (name, value) in values)
        {
            VariablesFor(name)[name] = value?.DeepClone();
        }
    }

    public Bookmark AddBookmark(BookmarkKind kind, string elementId, Token token) => AddBookmark(kind, elementId, token.Id);

    public Bookmark AddBookmark(BookmarkKind kind, string elementId, string tokenId)
    {
        var bookmark = new Bookmark { Id = NewId(), Kind = kind, ElementId = elementId, TokenId = tokenId };
        Instance.Bookmarks.Add(bookmark);
        return bookmark;
    }

    public void ScheduleTimer(Token token, FlowNode timerNode, TimerSpec spec, int? remainingRepetitions) =>
        ScheduleTimer(token.Id, timerNode, spec, remainingRepetitions);

    public void ScheduleTimer(string tokenId, FlowNode timerNode, TimerSpec spec, int? remainingRepetitions)
    {
        spec = ResolveTimer(timerNode, spec);
        var bookmark = AddBookmark(BookmarkKind.Timer, timerNode.Id, tokenId);
        bookmark.DueAt = spec.Kind == TimerKind.Date ? spec.Date : spec.Cron is not null ? spec.NextCron(Now) : Services.Calendar.Add(Now, spec);
        bookmark.RemainingRepetitions = remainingRepetitions;
        Effects.Add(new TimerScheduled(Instance.Id, bookmark.Id, timerNode.Id, bookmark.DueAt!.Value));
    }

    /// <summary>Arms the boundary timers of an activity the token has just entered.</summary>
    public void ArmBoundaries(Token token, FlowNode node)
    {
        foreach (var boundary in node.Boundaries)
        {
            switch (boundary)
            {
                case BoundaryTimerEvent timerBoundary:
                    // An expression cycle's repetitions are known once it is evaluated, so resolve before counting them.
                    var timer = ResolveTimer(boundary, timerBoundary.Timer);
                    ScheduleTimer(token, boundary, timer, timer.Kind == TimerKind.Cycle ? timer.Repetitions - 1 : 0);
                    break;
                case BoundaryEvent other:
                    Subscribe(other, other.Event, token.Id);
                    break;
            }
        }
    }

    /// <summary>
    /// A <c>${...}</c> timer evaluated over the instance variables now; a value that is not a timer of the
    /// definition's kind fails the command, naming the element, and nothing is saved.
    /// </summary>
    public TimerSpec ResolveTimer(FlowNode timerNode, TimerSpec spec)
    {
        if (!spec.IsExpression)
        {
            return spec;
        }

        var value = Services.Expressions.Evaluate(spec.Expression, timerNode.Id, Scope());
        var text = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value?.ToJsonString() ?? "null";
        return TimerSpecParser.Resolve(spec, text.Trim())
            ?? throw new ScriptException(timerNode.Id,
                $"The timer {spec.Expression} gave '{text}', which is not an ISO 8601 {spec.Kind.ToString().ToLowerInvariant()} (or P<n>WD).");
    }

    public void RemoveBookmark(Bookmark bookmark)
    {
        Instance.Bookmarks.Remove(bookmark);
        if (bookmark.Kind is BookmarkKind.Timer or BookmarkKind.Job)
        {
            Effects.Add(new TimerCancelled(Instance.Id, bookmark.Id));
        }
    }

    /// <summary>
    /// Ends everything a token waits on: its open tasks, timers (boundary ones too), message
    /// and child bookmarks, and multi-instance progress. Used by interrupting timers,
    /// terminate end events and Cancel.
    /// </summary>
    public void CancelScope(Token token)
    {
        foreach (var inner in Instance.Tokens.Where(t => t.ScopeTokenId == token.Id).ToList())
        {
            CancelScope(inner);
            Consume(inner);
        }

        foreach (var task in Instance.Tasks.Where(t => t.TokenId == token.Id && t.Status == WorkflowTaskStatus.Open))
        {
            CancelTask(task);
        }

        foreach (var bookmark in Instance.Bookmarks.Where(b => b.TokenId == token.Id).ToList())
        {
            RemoveBookmark(bookmark);
            if (bookmark.ChildInstanceId is { } child)
            {
                Effects.Add(new ChildInstanceCancelRequested(Instance.Id, child));
            }
        }

        Instance.MultiInstances.RemoveAll(m => m.TokenId == token.Id);
    }

    public void CancelTask(WorkflowTask task)
    {
        task.Status = WorkflowTaskStatus.Cancelled;
        task.ClosedAt = Now;
        foreach (var entry in Instance.History.Where(h => h.TaskId == task.Id))
        {
            entry.Ended ??= Now;
        }

        Instance.Bookmarks.RemoveAll(b => b.TaskId == task.Id);
        Effects.Add(new TaskClosed(Instance.Id, task.Id, task.ElementId, Cancelled: true));
    }

    /// <summary>Kills every token: terminate end event and Cancel.</summary>
    public void CancelAllTokens()
    {
        foreach (var token in Instance.Tokens.Where(t => t.ScopeTokenId is null).ToList())
        {
            CancelScope(token);
            Consume(token);
        }

        foreach (var bookmark in Instance.Bookmarks.ToList())
        {
            RemoveBookmark(bookmark);
        }
    }
}
