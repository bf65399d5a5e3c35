namespace InvestAid.Workflows.Bpmn;

/// <summary>A handler input: a literal, or a <c>${...}</c> expression evaluated when the task runs.</summary>
public sealed record InputParameter(string Name, string Value);
