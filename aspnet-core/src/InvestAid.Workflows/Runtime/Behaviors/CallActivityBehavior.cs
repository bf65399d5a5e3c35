using System.Text.Json.Nodes;
using InvestAid.Workflows.Bpmn;
using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Workflows.Runtime.Behaviors;

/// <summary>
/// Starts the called process as a child instance and waits. Without camunda:in/out all variables are copied
/// both ways; with them, only what they name (variables="all", source/sourceExpression → target, businessKey).
/// </summary>
internal sealed class CallActivityBehavior(Func<RunContext, Token, CallActivity, Task> startChild) : ActivityBehavior<CallActivity>
{
    protected override Task ExecuteAsync(RunContext context, Token token, CallActivity node)
    {
        context.Wait(token);
        return startChild(context, token, node);
    }

    /// <summary>The child's starting variables and business key.</summary>
    public static (JsonObject Variables, string? BusinessKey) Inputs(RunContext context, CallActivity node)
    {
        var scope = context.Scope();
        if (!node.HasMappings)
        {
            return (scope, context.Instance.BusinessKey);
        }

        var variables = new JsonObject();
        string? businessKey = null;
        foreach (var mapping in node.In)
        {
            Apply(context, node, mapping, scope, variables, ref businessKey);
        }

        return (variables, businessKey);
    }

    public static void OnChildCompleted(RunContext context, Bookmark bookmark, WorkflowInstance child)
    {
        var token = context.Instance.Tokens.Single(t => t.Id == bookmark.TokenId);
        context.Instance.Bookmarks.Remove(bookmark);
        var node = (CallActivity)context.Process.Node(bookmark.ElementId);
        if (!node.HasMappings)
        {
            context.SetVariables(child.Variables);
        }
        else
        {
            var output = new JsonObject();
            string? ignored = null;
            foreach (var mapping in node.Out)
            {
                Apply(context, node, mapping, child.Variables, output, ref ignored);
            }

            context.SetVariables(output);
        }

        context.CancelScope(token);
        context.Leave(token, node);
    }

    private static void Apply(RunContext context, CallActivity node, VariableMapping mapping, JsonObject from, JsonObject to, ref string? businessKey)
    {
        if (mapping.BusinessKey is not null)
        {
            businessKey = context.Services.Expressions.Evaluate(mapping.BusinessKey, node.Id, AddBusinessKey(context, from))?.ToString();
        }
        else if (mapping.All)
        {
            foreach (var (name, value) in from)
            {
                to[name] = value?.DeepClone();
            }
        }
        else if (mapping.SourceExpression is not null && mapping.Target is not null)
        {
            to[mapping.Target] = context.Services.Expressions.Evaluate(mapping.SourceExpression, node.Id, from);
        }
        else if (mapping.Source is not null)
        {
            to[mapping.Target ?? mapping.Source] = from[mapping.Source]?.DeepClone();
        }
    }

    private static JsonObject AddBusinessKey(RunContext context, JsonObject scope)
    {
        var copy = (JsonObject)scope.DeepClone();
        copy["execution"] ??= new JsonObject { ["processBusinessKey"] = context.Instance.BusinessKey };
        return copy;
    }
}
