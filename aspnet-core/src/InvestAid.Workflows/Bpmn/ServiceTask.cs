namespace InvestAid.Workflows.Bpmn;

/// <summary>
/// A service task (also a send task or a business rule task with an implementation) bound to a handler
/// registered under <see cref="Handler"/>. <see cref="Implementation"/> says where the name came from:
/// <c>handler</c> (ia:handler), <c>topic</c> (external task), <c>class</c>, <c>expression</c>,
/// <c>delegateExpression</c> or <c>connector</c> (Java code in Camunda, which runs here only once bound). The handler's inputs are
/// the node's <c>camunda:inputParameter</c>s (<see cref="FlowNode.IoMapping"/>), evaluated when the node started.
/// </summary>
public sealed record ServiceTask(string Id, string? Name, int Line, string Handler)
    : FlowNode(Id, Name, Line)
{
    public string Implementation { get; init; } = "handler";
    public string ElementKind { get; init; } = "serviceTask";

    /// <summary>camunda:resultVariable: the handler's <c>result</c> output is stored under this name.</summary>
    public string? ResultVariable { get; init; }

    public override string Kind => ElementKind;
}
