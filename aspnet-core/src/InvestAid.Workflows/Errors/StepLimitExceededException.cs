namespace InvestAid.Workflows;

/// <summary>A loop of activities that never wait ran past the step limit of one command.</summary>
public sealed class StepLimitExceededException(Guid instanceId, int limit)
    : WorkflowException($"Workflow instance {instanceId} took more than {limit} steps without waiting; the model loops.");
