namespace InvestAid.Workflows.Bpmn;

/// <summary>A task without behaviour in the engine (<c>task</c>, <c>manualTask</c>): the token passes.</summary>
public sealed record PassThroughTask(string Id, string? Name, int Line, string ElementKind) : FlowNode(Id, Name, Line)
{
    public override string Kind => ElementKind;
}
