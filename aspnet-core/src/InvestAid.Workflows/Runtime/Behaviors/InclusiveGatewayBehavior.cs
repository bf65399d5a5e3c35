using InvestAid.Workflows.Bpmn;
using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Workflows.Runtime.Behaviors;

/// <summary>
/// As a fork, takes every flow whose condition holds (else the default) and records how many
/// branches it activated; as a join, waits for exactly that many tokens from the same fork.
/// </summary>
internal sealed class InclusiveGatewayBehavior : ActivityBehavior<InclusiveGateway>
{
    protected override Task ExecuteAsync(RunContext context, Token token, InclusiveGateway node)
    {
        if (node.Incoming.Count > 1 && !Join(context, token, node))
        {
            return Task.CompletedTask;
        }

        if (node.Outgoing.Count == 1)
        {
            context.Take(token, node.Outgoing);
            return Task.CompletedTask;
        }

        var scope = context.Scope();
        var chosen = node.Outgoing.Where(f => f.Id != node.DefaultFlowId && context.Holds(f, scope)).ToList();
        if (chosen.Count == 0)
        {
            chosen = node.Outgoing.Where(f => f.Id == node.DefaultFlowId).ToList();
        }

        if (chosen.Count == 0)
        {
            context.Fault(token, $"Inclusive gateway '{node.Id}': no outgoing condition is true and there is no default flow.");
            return Task.CompletedTask;
        }

        var fork = new InclusiveFork { Id = RunContext.NewId(), GatewayId = node.Id, ActivatedBranches = chosen.Count };
        context.Instance.InclusiveForks.Add(fork);
        token.Forks.Add(fork.Id);
        context.Take(token, chosen);
        return Task.CompletedTask;
    }

    /// <returns>True when all activated branches have arrived and <paramref name="token"/> goes on alone.</returns>
    private static bool Join(RunContext context, Token token, InclusiveGateway node)
    {
        context.Wait(token);
        var forkId = token.Forks.LastOrDefault();
        var fork = context.Instance.InclusiveForks.Find(f => f.Id == forkId);
        var waiting = context.Instance.Tokens
            .Where(t => t.ElementId == node.Id && t.Status == TokenStatus.Waiting && !context.AwaitsJob(t) && t.Forks.LastOrDefault() == forkId)
            .ToList();

        // Without a recorded fork (a join not paired with an inclusive fork) wait for every incoming flow.
        var expected = fork?.ActivatedBranches ?? node.Incoming.Count;
        if (waiting.Count < expected)
        {
            return false;
        }

        foreach (var other in waiting.Where(t => t != token).Take(expected - 1))
        {
            context.Consume(other);
        }

        if (fork is not null)
        {
            context.Instance.InclusiveForks.Remove(fork);
            token.Forks.RemoveAt(token.Forks.Count - 1);
        }

        token.Status = TokenStatus.Active;
        return true;
    }
}
