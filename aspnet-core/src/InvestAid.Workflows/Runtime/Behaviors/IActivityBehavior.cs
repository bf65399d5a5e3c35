using InvestAid.Workflows.Bpmn;
using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Workflows.Runtime.Behaviors;

/// <summary>
/// What one kind of element does (Elsa 3 style: one class, one job): when a token reaches it
/// (<see cref="ExecuteAsync"/>), and when something it waits for happens (<see cref="ResumeAsync"/>).
/// Registered in <see cref="ActivityBehaviorRegistry"/>; the engine never switches on the kind.
/// </summary>
internal interface IActivityBehavior
{
    bool Handles(FlowNode node);

    Task ExecuteAsync(RunContext context, Token token, FlowNode node);

    /// <summary>
    /// Goes on after <paramref name="resumption"/> for <paramref name="token"/> waiting on <paramref name="node"/>;
    /// a resumption the element cannot receive is <see cref="InvalidOperationException"/> (an engine bug, not user input).
    /// </summary>
    Task ResumeAsync(RunContext context, Token token, FlowNode node, Resumption resumption);
}
