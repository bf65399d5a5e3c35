namespace InvestAid.Workflows.Bpmn;

/// <summary>A script task running inline JavaScript in the sandbox.</summary>
public sealed record ScriptTask(string Id, string? Name, int Line, string Script) : FlowNode(Id, Name, Line)
{
    public override string Kind => "scriptTask";
}
