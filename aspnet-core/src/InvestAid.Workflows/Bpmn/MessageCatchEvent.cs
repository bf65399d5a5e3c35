namespace InvestAid.Workflows.Bpmn;

/// <summary>An intermediate catch event that waits for a named message.</summary>
public sealed record MessageCatchEvent(string Id, string? Name, int Line, string MessageName) : FlowNode(Id, Name, Line)
{
    public override string Kind => "intermediateMessageCatchEvent";
}
