namespace InvestAid.Workflows;

/// <summary>Stable <c>code</c> values of the workflow API's ProblemDetails (see also <c>ErrorCodes</c>).</summary>
public static class WorkflowErrorCodes
{
    public const string InvalidModel = "workflow.invalid-model";
    public const string Concurrency = "workflow.concurrency";
    public const string InvalidOutcome = "workflow.invalid-outcome";
    public const string TaskNotAssignable = "workflow.task-not-assignable";
    public const string TaskNotOpen = "workflow.task-not-open";
    public const string TaskDelegated = "workflow.task-delegated";
    public const string TaskNotDelegated = "workflow.task-not-delegated";
    public const string NotRunning = "workflow.not-running";
    public const string NotFound = "workflow.not-found";
    public const string MessageNotExpected = "workflow.message-not-expected";
    public const string NotSuspended = "workflow.not-suspended";
    public const string ScriptFailed = "workflow.script-failed";
    public const string MigrationRefused = "workflow.migration-refused";
    public const string NoDraft = "workflow.no-draft";
    public const string DefinitionNotStartable = "workflow.definition-not-startable";
    public const string DefinitionNotPublished = "workflow.definition-not-published";
}
