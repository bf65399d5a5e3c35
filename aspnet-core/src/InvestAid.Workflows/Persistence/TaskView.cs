using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Workflows.Persistence;

/// <summary>A task with the instance facts an inbox shows next to it.</summary>
public sealed record TaskView(Guid InstanceId, string DefinitionKey, string? BusinessKey, WorkflowTask Task, int DefinitionVersion = 0);
