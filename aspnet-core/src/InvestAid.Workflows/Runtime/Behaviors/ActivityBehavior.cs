using InvestAid.Workflows.Bpmn;
using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Workflows.Runtime.Behaviors;

internal abstract class ActivityBehavior<TNode> : IActivityBehavior
    where TNode : FlowNode
{
    public bool Handles(FlowNode node) => node is TNode typed && Accepts(typed);

    public Task ExecuteAsync(RunContext context, Token token, FlowNode node) => ExecuteAsync(context, token, (TNode)node);

    public Task ResumeAsync(RunContext context, Token token, FlowNode node, Resumption resumption) =>
        ResumeAsync(context, token, (TNode)node, resumption);

    protected virtual bool Accepts(TNode node) => true;

    protected abstract Task ExecuteAsync(RunContext context, Token token, TNode node);

    /// <summary>Elements that never wait for a resumption keep this.</summary>
    protected virtual Task ResumeAsync(RunContext context, Token token, TNode node, Resumption resumption) =>
        throw new InvalidOperationException($"'{node.Id}' ({node.Kind}) cannot be resumed by {resumption.GetType().Name}.");
}
