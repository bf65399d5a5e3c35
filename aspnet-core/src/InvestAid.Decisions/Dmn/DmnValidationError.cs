namespace InvestAid.Decisions.Dmn;

/// <summary>One problem of a DMN file: the element (decision, rule, input or output id) and its line.</summary>
public sealed record DmnValidationError(string? ElementId, int Line, string Message)
{
    public override string ToString() => (ElementId is null ? "" : $"'{ElementId}' ") + (Line > 0 ? $"(line {Line}) " : "") + Message;
}
