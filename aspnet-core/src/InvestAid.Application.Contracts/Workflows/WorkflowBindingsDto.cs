namespace InvestAid.Workflows;

/// <summary>
/// An administrator's bindings of one definition version: element id → one of our service-task handlers, or
/// <c>topic:&lt;name&gt;</c> for an external task of that topic. They make elements that run Java code in Camunda
/// (camunda:class, delegateExpression, expression, connectors) or that have no implementation run here.
/// </summary>
public sealed record WorkflowBindingsDto(Dictionary<string, string> Bindings);
