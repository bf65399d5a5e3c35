using System.Globalization;
using System.Text.Json.Nodes;
using InvestAid.Workflows.Bpmn;
using InvestAid.Workflows.Runtime.State;
using InvestAid.Workflows.Scripting;

namespace InvestAid.Workflows.Runtime.Behaviors;

/// <summary>
/// multiInstanceLoopCharacteristics as Camunda 7 runs them, for every kind of activity: the token that enters the
/// activity becomes the loop's body (it waits, holds <see cref="MultiInstanceState"/>, carries the boundary events and
/// the local <c>nrOf…</c> variables); each instance gets <c>loopCounter</c> and the element variable as its own locals.
/// All instances start at once, or one after another when sequential; the body completes when all are done or the
/// completion condition holds, and then ends the instances still running.
/// </summary>
internal static class MultiInstanceLoop
{
    /// <summary>What the loop does after an instance ended.</summary>
    public enum Step
    {
        /// <summary>Other instances still run.</summary>
        Wait,

        /// <summary>Sequential: start the next instance.</summary>
        Next,

        /// <summary>All done, or the completion condition holds: the body completes.</summary>
        Done,
    }

    /// <summary>Makes <paramref name="body"/> the loop's body; null when the collection is empty (the activity is left at once).</summary>
    public static MultiInstanceState? Begin(RunContext context, Token body, FlowNode node, MultiInstanceSpec spec)
    {
        // A standard loop has no items: only its maximum, and its condition before the first run when it tests before.
        var items = spec.IsStandardLoop ? [] : Items(context, node.Id, spec);
        var count = spec.IsStandardLoop ? int.Parse(spec.LoopCardinality!, CultureInfo.InvariantCulture) : items.Count;
        if (count == 0 || (spec is { IsStandardLoop: true, TestBefore: true }
            && !context.Services.Expressions.EvaluateCondition(spec.LoopCondition!, node.Id, context.Scope())))
        {
            return null;
        }

        var state = new MultiInstanceState { TokenId = body.Id, ElementId = node.Id, Items = items, NrOfInstances = count };
        context.Instance.MultiInstances.Add(state);
        context.Wait(body);
        Publish(state, body);
        return state;
    }

    /// <summary>The multi-instance loop of an activity that can have one (user task, sub-process, call activity); null for others.</summary>
    public static MultiInstanceSpec? SpecOf(FlowNode node) => node switch
    {
        UserTask task => task.MultiInstance,
        SubProcess sub => sub.MultiInstance,
        CallActivity call => call.MultiInstance,
        _ => null,
    };

    /// <summary>How many instances start when the loop begins.</summary>
    public static int FirstCount(MultiInstanceSpec spec, MultiInstanceState state) => spec.IsSequential ? 1 : state.NrOfInstances;

    /// <summary>Counts one more active instance and gives its local variables (<c>loopCounter</c>, the element variable).</summary>
    public static JsonObject NextLocals(MultiInstanceState state, MultiInstanceSpec spec, Token body)
    {
        var index = state.NextIndex++;
        var local = new JsonObject { ["loopCounter"] = index };
        if (spec.ElementVariable is { } name)
        {
            local[name] = state.Items[index]?.DeepClone();
        }

        state.NrOfActiveInstances++;
        Publish(state, body);
        return local;
    }

    /// <summary>
    /// Starts one instance of a sub-process or call activity: a token on the same element inside the body, with its
    /// locals; the activity's behaviour runs it as one plain run (<see cref="RunContext.IsLoopInstance"/>).
    /// </summary>
    public static void StartInstance(RunContext context, Token body, FlowNode node, MultiInstanceState state, MultiInstanceSpec spec)
    {
        context.NewToken(node.Id, null, body.Forks, body.Id, NextLocals(state, spec, body));
    }

    /// <summary>An instance with the locals <paramref name="local"/> is done: counts it and says what comes next.</summary>
    public static Step Completed(RunContext context, Token body, FlowNode node, MultiInstanceSpec spec, MultiInstanceState state, JsonObject? local)
    {
        state.NrOfActiveInstances--;
        state.NrOfCompletedInstances++;
        Publish(state, body);
        var done = spec.CompletionCondition is { } condition
            && context.Services.Expressions.EvaluateCondition(condition, node.Id, context.Scope(LoopScope(state, local)));
        // A standard loop runs again only while its condition holds.
        done |= spec.LoopCondition is { } loopCondition
            && !context.Services.Expressions.EvaluateCondition(loopCondition, node.Id, context.Scope(LoopScope(state, local)));
        if (!done && spec.IsSequential && state.NextIndex < state.NrOfInstances)
        {
            return Step.Next;
        }

        return !done && state.NrOfActiveInstances > 0 ? Step.Wait : Step.Done;
    }

    /// <summary>
    /// One instance token of a sub-process or call activity has finished its run: it is removed, and the loop starts the
    /// next, waits for the others, or completes the body (ending the instances still running) and leaves the activity.
    /// </summary>
    public static void InstanceEnded(RunContext context, Token instance, FlowNode node, MultiInstanceSpec spec)
    {
        var body = context.Instance.Tokens.Single(t => t.Id == instance.ScopeTokenId);
        var state = context.LoopOf(body)!;
        context.CancelScope(instance);
        context.Consume(instance);
        context.Current = body;
        switch (Completed(context, body, node, spec, state, instance.Variables))
        {
            case Step.Next:
                StartInstance(context, body, node, state, spec);
                break;
            case Step.Done:
                context.CancelScope(body);
                context.Leave(body, node);
                break;
        }
    }

    /// <summary>The loop's counters as variables, over an instance's locals (completion condition, task expressions).</summary>
    public static JsonObject LoopScope(MultiInstanceState state, JsonObject? local)
    {
        var scope = local is null ? [] : (JsonObject)local.DeepClone();
        scope["nrOfInstances"] = state.NrOfInstances;
        scope["nrOfActiveInstances"] = state.NrOfActiveInstances;
        scope["nrOfCompletedInstances"] = state.NrOfCompletedInstances;
        return scope;
    }

    // The body's locals, so expressions inside the instances read the counters as Camunda's do.
    private static void Publish(MultiInstanceState state, Token body) => body.Variables = LoopScope(state, null);

    private static JsonArray Items(RunContext context, string elementId, MultiInstanceSpec spec)
    {
        if (spec.Collection is { } collection)
        {
            var value = ExpressionEvaluator.IsExpression(collection)
                ? context.Services.Expressions.Evaluate(collection, elementId, context.Scope())
                : context.Scope()[collection]?.DeepClone();
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
