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
        if (await InvokeAsync(context, token, node, node))
        {
            context.Leave(token, node);
        }
    }

    /// <summary>Runs the implementation of <paramref name="owner"/>; false when it raised a BPMN error (the token has moved).</summary>
    public static async Task<bool> InvokeAsync(RunContext context, Token token, FlowNode owner, ServiceTask node)
    {
        var handler = context.Services.Handlers.Get(owner.Id, node.Handler);
        var scope = context.Scope();
        var inputs = new Dictionary<string, JsonNode?>();
        foreach (var input in node.Inputs)
        {
            inputs[input.Name] = context.Services.Expressions.Evaluate(input.Value, owner.Id, scope);
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
