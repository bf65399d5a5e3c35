using System.Globalization;
using System.Text.Json.Nodes;
using InvestAid.Workflows.Bpmn;
using InvestAid.Workflows.Runtime.State;
using InvestAid.Workflows.Scripting;

namespace InvestAid.Workflows.Runtime.Behaviors;

/// <summary>
/// A multi-instance user task: one task per element of the collection (all at once, or one
/// after another when sequential), until all are done or the completion condition holds.
/// </summary>
internal sealed class MultiInstanceTaskBehavior : ActivityBehavior<UserTask>
{
    protected override bool Accepts(UserTask node) => node.MultiInstance is not null;

    protected override Task ExecuteAsync(RunContext context, Token token, UserTask node)
    {
        var spec = node.MultiInstance!;
        var items = Items(context, node.Id, spec);
        if (items.Count == 0)
        {
            context.Leave(token, node);
            return Task.CompletedTask;
        }

        var state = new MultiInstanceState { TokenId = token.Id, ElementId = node.Id, Items = items, NrOfInstances = items.Count };
        context.Instance.MultiInstances.Add(state);
        context.Wait(token);
        var first = spec.IsSequential ? 1 : items.Count;
        for (var i = 0; i < first; i++)
        {
            IssueNext(context, token, node, state);
        }

        context.ArmBoundaries(token, node);
        return Task.CompletedTask;
    }

    protected override Task ResumeAsync(RunContext context, Token token, UserTask node, Resumption resumption)
    {
        var completed = (TaskCompleted)resumption;
        TaskIssuer.Close(context, node, completed);
        OnCompleted(context, token, node, completed.Task);
        return Task.CompletedTask;
    }

    private static void OnCompleted(RunContext context, Token token, UserTask node, WorkflowTask task)
    {
        var spec = node.MultiInstance!;
        var state = context.Instance.MultiInstances.Single(m => m.TokenId == token.Id);
        state.NrOfActiveInstances--;
        state.NrOfCompletedInstances++;

        var done = spec.CompletionCondition is { } condition
            && context.Services.Expressions.EvaluateCondition(condition, node.Id, context.Scope(LoopScope(state, task.LocalVariables)));
        if (!done && spec.IsSequential && state.NextIndex < state.NrOfInstances)
        {
            IssueNext(context, token, node, state);
            return;
        }

        if (!done && state.NrOfActiveInstances > 0)
        {
            return;
        }

        // CancelScope closes the tasks the completion condition made unnecessary, and the boundary timers.
        context.CancelScope(token);
        context.Leave(token, node);
    }

    private static void IssueNext(RunContext context, Token token, UserTask node, MultiInstanceState state)
    {
        var index = state.NextIndex++;
        var local = new JsonObject { ["loopCounter"] = index };
        if (node.MultiInstance!.ElementVariable is { } name)
        {
            local[name] = state.Items[index]?.DeepClone();
        }

        state.NrOfActiveInstances++;
        TaskIssuer.Issue(context, token, node, LoopScope(state, local), index, null);
    }

    private static JsonObject LoopScope(MultiInstanceState state, JsonObject local)
    {
        var scope = (JsonObject)local.DeepClone();
        scope["nrOfInstances"] = state.NrOfInstances;
        scope["nrOfActiveInstances"] = state.NrOfActiveInstances;
        scope["nrOfCompletedInstances"] = state.NrOfCompletedInstances;
        return scope;
    }

    private static JsonArray Items(RunContext context, string elementId, MultiInstanceSpec spec)
    {
        if (spec.Collection is { } collection)
        {
            var value = ExpressionEvaluator.IsExpression(collection)
                ? context.Services.Expressions.Evaluate(collection, elementId, context.Scope())
                : context.Instance.Variables[collection]?.DeepClone();
            return value as JsonArray ?? throw new ScriptException(elementId, $"The collection '{collection}' is not an array.");
        }

        var cardinality = context.Services.Expressions.Evaluate(spec.LoopCardinality!, elementId, context.Scope())?.ToString();
        if (!int.TryParse(cardinality, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) || count < 0)
        {
            throw new ScriptException(elementId, $"The loop cardinality '{spec.LoopCardinality}' is not a whole number.");
        }

        return [.. Enumerable.Range(0, count).Select(_ => (JsonNode?)null)];
    }
}
