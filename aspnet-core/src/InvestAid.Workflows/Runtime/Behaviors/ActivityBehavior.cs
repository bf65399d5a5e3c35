using InvestAid.Workflows.Bpmn;
using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Workflows.Runtime.Behaviors;

internal abstract class ActivityBehavior<TNode> : IActivityBehavior
    where TNode : FlowNode
{
    public bool Handles(FlowNode node) => node is TNode typed && Accepts(typed);

    public Task ExecuteAsync(RunContext context, Token token, FlowNode node) => ExecuteAsync(context, token, (TNode)node);

    protected virtual bool Accepts(TNode node) => true;

    protected abstract Task ExecuteAsync(RunContext context, Token token, TNode node);
}
