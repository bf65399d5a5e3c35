namespace InvestAid.Workflows;

/// <summary>Base of every error the engine raises, so the host maps them to ProblemDetails in one place.</summary>
public abstract class WorkflowException(string message, Exception? inner = null) : Exception(message, inner);
