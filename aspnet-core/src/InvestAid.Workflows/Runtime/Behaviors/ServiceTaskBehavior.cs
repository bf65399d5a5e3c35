using System.Text.Json.Nodes;
using InvestAid.Workflows.Bpmn;
using InvestAid.Workflows.Runtime.Effects;
using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Workflows.Runtime.Behaviors;

/// <summary>Calls the named handler synchronously with its evaluated inputs; the handler may set variables.</summary>
internal sealed class ServiceTaskBehavior : ActivityBehavior<ServiceTask>
{
    protected override async Task ExecuteAsync(RunContext context, Token token, ServiceTask node)
    {
        var handler = context.Services.Handlers.Get(node.Id, node.Handler);
        var scope = context.Scope();
        var inputs = new Dictionary<string, JsonNode?>();
        foreach (var input in node.Inputs)
        {
            inputs[input.Name] = context.Services.Expressions.Evaluate(input.Value, node.Id, scope);
        }

        await handler.ExecuteAsync(new ServiceTaskContext(
            context.Instance.Id, context.Instance.BusinessKey, node.Id, inputs, context.Instance.Variables, context.CancellationToken));
        context.Effects.Add(new ServiceTaskInvoked(context.Instance.Id, node.Id, node.Handler));
        context.Leave(token, node);
    }
}
