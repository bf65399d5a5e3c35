using System.Globalization;
using System.Text.Json.Nodes;
using InvestAid.Workflows.Bpmn;
using InvestAid.Workflows.Parsing;
using InvestAid.Workflows.Runtime.Effects;
using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Workflows.Runtime.Behaviors;

/// <summary>Creates the inbox entry of a user task, resolving assignee, candidates, due and follow-up dates and priority; closes it when completed.</summary>
internal static class TaskIssuer
{
    public static WorkflowTask Issue(RunContext context, Token token, UserTask node, JsonObject? local, int? index, HistoryEntry? history)
    {
        var scope = context.Scope(local);
        string? Resolve(string? text) => text is null ? null : context.Services.Expressions.Evaluate(text, node.Id, scope)?.ToString();
        JsonNode? Evaluate(string? text) => text is null ? null : context.Services.Expressions.Evaluate(text, node.Id, scope);
        // Camunda: a candidate expression yields a comma-separated string or a collection of ids (the invoice example's
        // ${approverGroups}, a list a decision or worker set).
        List<string> ResolveAll(IEnumerable<string> texts) =>
            texts.SelectMany(text => Ids(context.Services.Expressions.Evaluate(text, node.Id, scope)))
                .SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        static IEnumerable<string> Ids(object? value) => value switch
        {
            null => [],
            string text => [text],
            JsonArray array => array.Select(v => v?.ToString()).OfType<string>(),
            System.Collections.IEnumerable list => list.Cast<object?>().Select(v => v?.ToString()).OfType<string>(),
            _ => [value.ToString() ?? ""],
        };

        var task = new WorkflowTask
        {
            Id = RunContext.NewId(),
            ElementId = node.Id,
            Name = node.Name,
            TokenId = token.Id,
            Assignee = Resolve(node.Assignee),
            CandidateUsers = ResolveAll(node.CandidateUsers),
            CandidateGroups = ResolveAll(node.CandidateGroups),
            DueAt = DateOf(context, node, "due date", Resolve(node.DueDate)),
            FollowUpAt = DateOf(context, node, "follow-up date", Resolve(node.FollowUpDate)),
            Priority = node.Priority is null ? UserTask.DefaultPriority : PriorityOf(node.Id, Evaluate(node.Priority)),
            FormKey = node.FormKey,
            Outcomes = [.. node.Outcomes],
            Status = WorkflowTaskStatus.Open,
            CreatedAt = context.Now,
            MultiInstanceIndex = index,
            LocalVariables = local ?? [],
        };
        context.Instance.Tasks.Add(task);

        if (history is null)
        {
            history = new HistoryEntry { Id = RunContext.NewId(), ActivityId = node.Id, ActivityType = node.Kind, Started = context.Now };
            context.Instance.History.Add(history);
        }

        history.TaskId = task.Id;
        context.AddBookmark(BookmarkKind.UserTask, node.Id, token).TaskId = task.Id;
        context.Effects.Add(new TaskCreated(context.Instance.Id, task.Id, node.Id, task.Assignee, task.DueAt));
        context.RunListeners(node.Listeners, "create", node.Id, TaskScope(task), assignee => task.Assignee = assignee,
            priority => task.Priority = PriorityOf(node.Id, priority));
        if (task.Assignee is not null)
        {
            context.RunListeners(node.Listeners, "assignment", node.Id, TaskScope(task));
        }

        return task;
    }

    /// <summary>
    /// Closes a completed task: its status, history entry and bookmark, the completion's variables (the outcome as
    /// <c>outcome</c>, which gateways after the task read as <c>${outcome == 'approve'}</c>), then its complete listeners.
    /// </summary>
    public static void Close(RunContext context, UserTask node, TaskCompleted completed)
    {
        var task = completed.Task;
        task.Status = WorkflowTaskStatus.Completed;
        task.ClosedAt = context.Now;
        task.CompletedBy = completed.UserId;
        task.Outcome = completed.Outcome;
        task.Comment = completed.Comment;
        if (context.Instance.History.Find(h => h.TaskId == task.Id) is { } entry)
        {
            entry.Ended = context.Now;
            entry.Actor = completed.UserId;
            entry.Outcome = completed.Outcome;
            entry.Comment = completed.Comment;
        }

        context.Instance.Bookmarks.RemoveAll(b => b.TaskId == task.Id);
        context.Effects.Add(new TaskClosed(context.Instance.Id, task.Id, task.ElementId, Cancelled: false));
        context.SetVariables(completed.Variables);
        if (completed.Outcome is not null)
        {
            context.Instance.Variables["outcome"] = completed.Outcome;
        }

        context.RunListeners(node.Listeners, "complete", node.Id, TaskScope(task));
    }

    /// <summary>The task as a task listener or expression sees it: <c>${task.assignee}</c>, plus its local variables.</summary>
    public static JsonObject TaskScope(WorkflowTask task)
    {
        var scope = (JsonObject)task.LocalVariables.DeepClone();
        scope["task"] = new JsonObject
        {
            ["id"] = task.Id, ["name"] = task.Name, ["assignee"] = task.Assignee, ["taskDefinitionKey"] = task.ElementId,
            ["dueDate"] = task.DueAt?.ToString("O"), ["followUpDate"] = task.FollowUpAt?.ToString("O"), ["priority"] = task.Priority,
            ["candidateGroups"] = new JsonArray([.. task.CandidateGroups.Select(g => (JsonNode?)g)]),
        };
        return scope;
    }

    /// <summary>
    /// camunda:priority: an integer, or an expression yielding one (a number or its text); anything else fails the
    /// command naming the task, as Camunda refuses a priority that is not an integer.
    /// </summary>
    public static int PriorityOf(string elementId, JsonNode? value)
    {
        if (value is JsonValue number && number.GetValueKind() == System.Text.Json.JsonValueKind.Number
            && decimal.TryParse(number.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            && d == decimal.Truncate(d) && d is >= int.MinValue and <= int.MaxValue)
        {
            return (int)d;
        }

        if (value is JsonValue text && text.GetValueKind() == System.Text.Json.JsonValueKind.String
            && int.TryParse(text.GetValue<string>().Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        var shown = value is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String ? v.GetValue<string>() : value?.ToJsonString() ?? "null";
        throw new ScriptException(elementId, $"The priority '{shown}' is not an integer.");
    }

    // camunda:dueDate and camunda:followUpDate are an ISO date or, as in Camunda, a duration from now; P<n>WD counts working days.
    private static DateTimeOffset? DateOf(RunContext context, UserTask node, string what, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (TimerSpecParser.TryParse(TimerKind.Duration, text, out var duration))
        {
            return context.Services.Calendar.Add(context.Now, duration!);
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            return date;
        }

        throw new ScriptException(node.Id, $"The {what} '{text}' is neither an ISO 8601 date nor a duration.");
    }
}
