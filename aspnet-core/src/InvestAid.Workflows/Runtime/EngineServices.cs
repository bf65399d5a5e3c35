using InvestAid.Workflows.Runtime.State;
using InvestAid.Workflows.Scripting;

namespace InvestAid.Workflows.Runtime;

/// <summary>The collaborators behaviours need, passed as one bundle.</summary>
internal sealed record EngineServices(
    IWorkflowDefinitionStore Definitions,
    ServiceTaskRegistry Handlers,
    IBusinessCalendar Calendar,
    ExpressionEvaluator Expressions,
    ScriptRunner Scripts,
    TimeProvider Time,
    IDecisionEvaluator? Decisions,
    IInstanceRunner Runner);

/// <summary>Runs a command on a new instance to its first wait (the engine; a call activity starts its child with it).</summary>
internal interface IInstanceRunner
{
    Task<CommandResult> RunNewAsync(WorkflowInstance instance, Func<RunContext, Task> command, CancellationToken cancellationToken);
}
