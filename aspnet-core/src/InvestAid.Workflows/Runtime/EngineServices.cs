using InvestAid.Workflows.Scripting;

namespace InvestAid.Workflows.Runtime;

/// <summary>The collaborators behaviours need, passed as one bundle.</summary>
internal sealed record EngineServices(
    IWorkflowDefinitionSource Definitions,
    ServiceTaskRegistry Handlers,
    IBusinessCalendar Calendar,
    ExpressionEvaluator Expressions,
    ScriptRunner Scripts,
    TimeProvider Time);
