namespace InvestAid.Workflows;

/// <summary>One problem found in a BPMN model; <see cref="Line"/> is 0 when the XML gave no position.</summary>
public sealed record BpmnValidationError(string? ElementId, int Line, string Message)
{
    public override string ToString() => $"line {Line}, '{ElementId ?? "-"}': {Message}";
}
