using System.Text.Json.Nodes;
using InvestAid.Workflows.Bpmn;
using InvestAid.Workflows.Runtime.Effects;
using InvestAid.Workflows.Runtime.State;
using InvestAid.Workflows.Scripting;

namespace InvestAid.Workflows.Runtime.Behaviors;

/// <summary>
/// Starts the called process as a child instance and waits. Without camunda:in/out all variables are copied
/// both ways; with them, only what they name (variables="all", source/sourceExpression → target, businessKey).
/// Resumed by <see cref="ChildCompleted"/>.
/// </summary>
internal sealed class CallActivityBehavior : ActivityBehavior<CallActivity>
{
    protected override Task ExecuteAsync(RunContext context, Token token, CallActivity node)
    {
        context.Wait(token);
        var instance = context.IsLoopInstance(token);
        if (node.MultiInstance is not { } spec || instance)
        {
            return StartChildAsync(context, token, node, armBoundaries: !instance);
        }

        // Multi-instance: this token is the body; each instance token starts one child (MultiInstanceLoop).
        if (MultiInstanceLoop.Begin(context, token, node, spec) is not { } state)
        {
            context.Leave(token, node);
            return Task.CompletedTask;
        }

        context.ArmBoundaries(token, node);
        for (var i = MultiInstanceLoop.FirstCount(spec, state); i > 0; i--)
        {
            MultiInstanceLoop.StartInstance(context, token, node, state, spec);
        }

        return Task.CompletedTask;
    }

    protected override Task ResumeAsync(RunContext context, Token token, CallActivity node, Resumption resumption)
    {
        if (resumption is not ChildCompleted completed)
        {
            return base.ResumeAsync(context, token, node, resumption);
        }

        OnChildCompleted(context, token, node, completed.Bookmark, completed.Child);
        return Task.CompletedTask;
    }

    private static async Task StartChildAsync(RunContext context, Token token, CallActivity node, bool armBoundaries)
    {
        var definition = CalledDefinition(context, node);
        var bookmark = context.AddBookmark(BookmarkKind.CallActivity, node.Id, token);
        var (scope, businessKey) = Inputs(context, node);
        var child = WorkflowEngine.NewInstance(definition, businessKey, context.Now);
        child.ParentInstanceId = context.Instance.Id;
        child.ParentBookmarkId = bookmark.Id;
        var result = await context.Services.Runner.RunNewAsync(child, childContext =>
        {
            childContext.SetVariables(scope);
            WorkflowEngine.Begin(childContext);
            return Task.CompletedTask;
        }, context.CancellationToken);

        if (armBoundaries)
        {
            context.ArmBoundaries(token, node);
        }

        bookmark.ChildInstanceId = result.Instance.Id;
        context.Effects.Add(new ChildInstanceStarted(context.Instance.Id, result.Instance.Id, node.CalledElement));
        context.Effects.AddRange(result.Effects.Where(e => e is not ParentResumeRequested));
        context.StartedChildren.Add(result.Instance);
        context.StartedChildren.AddRange(result.StartedChildren);
        if (result.Instance.Status == WorkflowStatus.Completed)
        {
            OnChildCompleted(context, token, node, bookmark, result.Instance);
        }
    }

    // calledElementBinding: latest (and deployment, which is the latest here), version, versionTag.
    private static WorkflowDefinition CalledDefinition(RunContext context, CallActivity node)
    {
        var key = context.Services.Expressions.Evaluate(node.CalledElement, node.Id, context.Scope())?.ToString() ?? node.CalledElement;
        switch (node.Binding)
        {
            case "version":
                var text = node.Version is null ? null : context.Services.Expressions.Evaluate(node.Version, node.Id, context.Scope())?.ToString();
                return int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var version)
                    ? context.Services.Definitions.Get(key, version)
                    : throw new ScriptException(node.Id, $"camunda:calledElementVersion '{node.Version}' is not a version number.");
            case "versionTag":
                var tag = node.VersionTag is null ? null : context.Services.Expressions.Evaluate(node.VersionTag, node.Id, context.Scope())?.ToString();
                return context.Services.Definitions.GetByVersionTag(key, tag ?? "");
            default:
                return context.Services.Definitions.GetLatest(key);
        }
    }

    /// <summary>The child's starting variables and business key.</summary>
    private static (JsonObject Variables, string? BusinessKey) Inputs(RunContext context, CallActivity node)
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

    private static void OnChildCompleted(RunContext context, Token token, CallActivity node, Bookmark bookmark, WorkflowInstance child)
    {
        context.Instance.Bookmarks.Remove(bookmark);
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

        if (context.IsLoopInstance(token))
        {
            MultiInstanceLoop.InstanceEnded(context, token, node, node.MultiInstance!);
            return;
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
