namespace InvestAid.Workflows.Bpmn;

/// <summary>A service task bound to a handler registered under <see cref="Handler"/>.</summary>
public sealed record ServiceTask(string Id, string? Name, int Line, string Handler, IReadOnlyList<InputParameter> Inputs)
    : FlowNode(Id, Name, Line)
{
    public override string Kind => "serviceTask";
}
