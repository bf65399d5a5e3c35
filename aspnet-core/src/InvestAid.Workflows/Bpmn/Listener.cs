namespace InvestAid.Workflows.Bpmn;

/// <summary>
/// A camunda:executionListener (events start, end, take) or camunda:taskListener (create, assignment, complete):
/// a <c>${...}</c> expression or an inline JavaScript script, run with the instance variables in scope; a script
/// sets variables with <c>execution.setVariable</c>.
/// </summary>
public sealed record Listener(string Event, string? Expression, string? Script);
