namespace InvestAid.EntityFrameworkCore.Workflows;

// Table shapes of the engine's PostgreSQL store. The instance row keeps the whole document
// (state) for loading; tokens, bookmarks, tasks and history are projections of it for queries.

public sealed class WorkflowInstanceRecord
{
    public Guid Id { get; set; }
    public string DefinitionKey { get; set; } = "";
    public int DefinitionVersion { get; set; }
    public string? BusinessKey { get; set; }
    public string Status { get; set; } = "";
    public string? FaultMessage { get; set; }

    /// <summary>The optimistic check: every save is <c>UPDATE ... WHERE id = @id AND version = @expected</c>.</summary>
    public int Version { get; set; }

    public string Variables { get; set; } = "{}";
    public string State { get; set; } = "{}";
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public Guid? ParentInstanceId { get; set; }
}

public sealed class WorkflowTokenRecord
{
    public Guid InstanceId { get; set; }
    public string Id { get; set; } = "";
    public string ElementId { get; set; } = "";
    public string Status { get; set; } = "";
}

public sealed class WorkflowBookmarkRecord
{
    public Guid InstanceId { get; set; }
    public string Id { get; set; } = "";
    public string Kind { get; set; } = "";
    public string ElementId { get; set; } = "";
    public string? TaskId { get; set; }
    public string? MessageName { get; set; }
    public DateTimeOffset? DueAt { get; set; }
}

/// <summary>
/// An external task waiting for a worker (Camunda's external-task queue): written with its bookmark by the engine's save, removed
/// when the bookmark goes; the lock, retries and failure are the queue's own columns, changed without touching the instance.
/// </summary>
public sealed class WorkflowExternalTaskRecord
{
    public string Id { get; set; } = "";
    public Guid InstanceId { get; set; }
    public string ElementId { get; set; } = "";
    public string Topic { get; set; } = "";
    public string? BusinessKey { get; set; }
    public string DefinitionKey { get; set; } = "";
    public int DefinitionVersion { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? WorkerId { get; set; }
    public DateTimeOffset? LockExpiresAt { get; set; }
    public int? Retries { get; set; }
    public string? ErrorMessage { get; set; }
    public string? ErrorDetails { get; set; }
    public long Priority { get; set; }
}

public sealed class WorkflowTaskRecord
{
    public Guid InstanceId { get; set; }
    public string Id { get; set; } = "";
    public string ElementId { get; set; } = "";
    public string? Name { get; set; }
    public string? Assignee { get; set; }
    public string[] CandidateUsers { get; set; } = [];
    public string[] CandidateGroups { get; set; } = [];
    public DateTimeOffset? DueAt { get; set; }

    /// <summary>Camunda's follow-up date of the task; null without one.</summary>
    public DateTimeOffset? FollowUpAt { get; set; }

    /// <summary>Camunda's task priority (default 50); the inbox orders by it after the due date.</summary>
    public int Priority { get; set; } = 50;
    public string[] Outcomes { get; set; } = [];
    public string Status { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public string? CompletedBy { get; set; }
    public string? Outcome { get; set; }

    /// <summary>The whole task as the engine wrote it (JSON), so a query returns it without loading the instance.</summary>
    public string Data { get; set; } = "{}";
}

public sealed class WorkflowHistoryRecord
{
    public Guid InstanceId { get; set; }
    public string Id { get; set; } = "";
    public string ActivityId { get; set; } = "";
    public string ActivityType { get; set; } = "";
    public string? TaskId { get; set; }
    public DateTimeOffset Started { get; set; }
    public DateTimeOffset? Ended { get; set; }
    public string? Actor { get; set; }
    public string? Outcome { get; set; }
    public string? Comment { get; set; }
}

public sealed class WorkflowReceiptRecord
{
    public string Key { get; set; } = "";
    public Guid InstanceId { get; set; }
    public string Receipt { get; set; } = "{}";
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>The Hangfire job that fires a timer bookmark, so cancelling the timer can delete the job.</summary>
public sealed class WorkflowTimerJobRecord
{
    public Guid InstanceId { get; set; }
    public string BookmarkId { get; set; } = "";
    public string JobId { get; set; } = "";
    public DateTimeOffset DueAt { get; set; }

    /// <summary>Tries left after a failure (null: none failed yet; 0: an incident waits for an administrator).</summary>
    public int? Retries { get; set; }

    /// <summary>When a failed job runs again (the sweep leaves it until then).</summary>
    public DateTimeOffset? RetryAt { get; set; }
}

/// <summary>The next firing of a timer start event of a published version (<see cref="InvestAid.Workflows.IWorkflowStartTimerStore"/>).</summary>
public sealed class WorkflowStartTimerRecord
{
    public string DefinitionKey { get; set; } = "";
    public int DefinitionVersion { get; set; }
    public string ElementId { get; set; } = "";
    public DateTimeOffset DueAt { get; set; }

    /// <summary>Firings after this one (null: a cycle without end).</summary>
    public int? Remaining { get; set; }

    /// <summary>Failed tries of the firing at <see cref="DueAt"/> (0 once one succeeds).</summary>
    public int Failures { get; set; }

    /// <summary>The message of the last failed try.</summary>
    public string? LastError { get; set; }

    /// <summary>When a failed firing is tried again (null: at <see cref="DueAt"/>).</summary>
    public DateTimeOffset? RetryAt { get; set; }

    /// <summary>The open incident of a firing that failed every try: the timer does not fire until it is retried.</summary>
    public Guid? IncidentId { get; set; }
}

/// <summary>
/// An incident: a job failed after its retries; the instance waits at <see cref="ElementId"/> until an administrator retries or resolves.
/// A timer start event's incident (<c>failedStartTimer</c>) has no instance: the firing started none.
/// </summary>
public sealed class WorkflowIncidentRecord
{
    public Guid Id { get; set; }
    public string Type { get; set; } = "";
    public Guid? InstanceId { get; set; }
    public string DefinitionKey { get; set; } = "";
    public int DefinitionVersion { get; set; }
    public string? BusinessKey { get; set; }
    public string ElementId { get; set; } = "";
    public string? FailedElementId { get; set; }
    public string JobId { get; set; } = "";
    public string Message { get; set; } = "";
    public string? Details { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public string? ResolvedBy { get; set; }
    public string? Resolution { get; set; }
}
