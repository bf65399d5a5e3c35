using InvestAid.Workflows.Bpmn;
using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Workflows.Runtime.Behaviors;

/// <summary>What one kind of element does when a token reaches it (Elsa 3 style: one class, one job).</summary>
internal interface IActivityBehavior
{
    bool Handles(FlowNode node);

    Task ExecuteAsync(RunContext context, Token token, FlowNode node);
}
