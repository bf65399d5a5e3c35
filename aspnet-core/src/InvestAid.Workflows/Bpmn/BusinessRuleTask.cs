namespace InvestAid.Workflows.Bpmn;

/// <summary>How a business rule task picks the decision's version (Camunda's <c>camunda:decisionRefBinding</c>), and a user task or start event its form's (<c>camunda:formRefBinding</c>).</summary>
public enum DecisionBinding
{
    /// <summary>The latest published version.</summary>
    Latest,

    /// <summary>The version in force when the process version was published (our stand-in for Camunda's shared deployment).</summary>
    Deployment,

    /// <summary>Exactly <c>camunda:decisionRefVersion</c>.</summary>
    Version,
}

/// <summary>How the decision's rows become the result variable (Camunda's <c>camunda:mapDecisionResult</c>).</summary>
public enum DecisionResultMapping
{
    /// <summary>A list of rows, each a map of output name to value (the default).</summary>
    ResultList,

    /// <summary>The one row as a map; no row gives null; several are an error.</summary>
    SingleResult,

    /// <summary>The one value of the one row; no row gives null; several rows or outputs are an error.</summary>
    SingleEntry,

    /// <summary>The values of a one-output decision's rows as a list.</summary>
    CollectEntries,
}

/// <summary>A business rule task evaluating the DMN decision <see cref="DecisionRef"/> into <see cref="ResultVariable"/>.</summary>
public sealed record BusinessRuleTask(
    string Id, string? Name, int Line, string DecisionRef, DecisionBinding Binding, int? Version, DecisionResultMapping Mapping, string? ResultVariable)
    : FlowNode(Id, Name, Line)
{
    public override string Kind => "businessRuleTask";
}
