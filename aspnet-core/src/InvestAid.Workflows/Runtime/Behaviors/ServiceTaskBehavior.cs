using System.Text.Json.Nodes;
using InvestAid.Workflows.Bpmn;
using InvestAid.Workflows.Runtime.Effects;
using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Workflows.Runtime.Behaviors;

/// <summary>
/// Calls the named handler synchronously with its evaluated inputs; the handler may set variables, or raise a
/// BPMN error (<see cref="BpmnErrorException"/>) that the task's error boundary event or an enclosing scope catches.
/// </summary>
internal sealed class ServiceTaskBehavior : ActivityBehavior<ServiceTask>
{
    protected override async Task ExecuteAsync(RunContext context, Token token, ServiceTask node)
    {
        if (IsExternal(context, node))
        {
            // Camunda's external task: the token waits until a worker fetches and locks the task, then completes it
            // (or raises a BPMN error). The bookmark's id is the task's id; its MessageName the topic.
            context.Wait(token);
            context.AddBookmark(BookmarkKind.ExternalTask, node.Id, token).MessageName = node.Handler;
            return;
        }

        if (await InvokeAsync(context, token, node, node))
        {
            context.Leave(token, node);
        }
    }

    /// <summary>A topic (camunda:topic) that no handler of ours runs is work for an external worker.</summary>
    public static bool IsExternal(RunContext context, ServiceTask node) =>
        node.Implementation == "topic" && !context.Services.Handlers.Has(node.Handler);

    /// <summary>
    /// A worker completed the external task (its variables are set): the task is left. A worker raised a BPMN error:
    /// the task's error boundary event or an enclosing scope catches it.
    /// </summary>
    protected override Task ResumeAsync(RunContext context, Token token, ServiceTask node, Resumption resumption)
    {
        context.Effects.Add(new ServiceTaskInvoked(context.Instance.Id, node.Id, node.Handler));
        switch (resumption)
        {
            case ExternalTaskCompleted:
                context.CancelScope(token);
                context.Leave(token, node);
                break;
            case ExternalTaskFailed failed:
                EventDispatch.ThrowError(context, token, node, failed.ErrorCode);
                break;
            default:
                return base.ResumeAsync(context, token, node, resumption);
        }

        return Task.CompletedTask;
    }

    /// <summary>Runs the implementation of <paramref name="owner"/>; false when it raised a BPMN error (the token has moved).</summary>
    public static async Task<bool> InvokeAsync(RunContext context, Token token, FlowNode owner, ServiceTask node)
    {
        var handler = context.Services.Handlers.Get(owner.Id, node.Handler);
        // The input parameters were evaluated when the element started (RunContext.Start): they are the token's locals now,
        // changed only if a start listener set them.
        var inputs = new Dictionary<string, JsonNode?>();
        foreach (var input in owner.IoMapping.Inputs)
        {
            inputs[input.Name] = token.Variables?[input.Name]?.DeepClone();
        }

        try
        {
            await handler.ExecuteAsync(new ServiceTaskContext(
                context.Instance.Id, context.Instance.BusinessKey, owner.Id, inputs, context.Instance.Variables, context.CancellationToken));
        }
        catch (BpmnErrorException error)
        {
            context.Effects.Add(new ServiceTaskInvoked(context.Instance.Id, owner.Id, node.Handler));
            EventDispatch.ThrowError(context, token, owner, error.ErrorCode);
            return false;
        }

        context.Effects.Add(new ServiceTaskInvoked(context.Instance.Id, owner.Id, node.Handler));
        return true;
    }
}
