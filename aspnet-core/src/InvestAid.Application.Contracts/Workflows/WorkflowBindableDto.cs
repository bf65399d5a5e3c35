namespace InvestAid.Workflows;

/// <summary>
/// What an administrator can bind in one definition version: each element that runs code (a service, send or business rule
/// task, a message throw or end event with an implementation), what it runs as drawn, and its binding; and the handlers
/// an element can be bound to (besides an external-task topic).
/// </summary>
public sealed record WorkflowBindableDto(bool IsDraft, IReadOnlyList<WorkflowBindableElementDto> Elements, IReadOnlyList<string> Handlers);

/// <summary>
/// One bindable element. <see cref="Implementation"/> is what the model names: <c>class</c>, <c>delegateExpression</c>,
/// <c>expression</c>, <c>connector</c> (Java code in Camunda, with its text in <see cref="Code"/>), <c>topic</c> (an external
/// task) or <c>handler</c> (one of ours); <see cref="Binding"/> the administrator's binding, if any; <see cref="NeedsBinding"/>
/// whether publishing refuses the element until it is bound.
/// </summary>
public sealed record WorkflowBindableElementDto(string ElementId, string? Name, string Implementation, string Code, string? Binding, bool NeedsBinding);
