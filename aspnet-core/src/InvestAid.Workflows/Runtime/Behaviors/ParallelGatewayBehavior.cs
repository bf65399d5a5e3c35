using InvestAid.Workflows.Bpmn;
using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Workflows.Runtime.Behaviors;

/// <summary>As a join, waits for one token on every incoming flow; then forks to every outgoing flow.</summary>
internal sealed class ParallelGatewayBehavior : ActivityBehavior<ParallelGateway>
{
    protected override Task ExecuteAsync(RunContext context, Token token, ParallelGateway node)
    {
        if (node.Incoming.Count > 1)
        {
            context.Wait(token);
            var arrived = context.Instance.Tokens
                .Where(t => t.ElementId == node.Id && t.Status == TokenStatus.Waiting && !context.AwaitsJob(t))
                .GroupBy(t => t.ArrivedVia)
                .ToDictionary(g => g.Key ?? "", g => g.Contains(token) ? token : g.First());
            if (node.Incoming.Any(f => !arrived.ContainsKey(f.Id)))
            {
                return Task.CompletedTask;
            }

            // One token per incoming flow is consumed; extra arrivals on a flow wait for the next round.
            foreach (var other in node.Incoming.Select(f => arrived[f.Id]).Where(t => t != token))
            {
                context.Consume(other);
            }

            token.Status = TokenStatus.Active;
        }

        context.Take(token, node.Outgoing);
        return Task.CompletedTask;
    }
}
