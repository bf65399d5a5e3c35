using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Workflows.Runtime.Behaviors;

/// <summary>
/// Why a waiting token goes on: the engine locates the token and the node, and hands one of these to the node's
/// behaviour (<see cref="IActivityBehavior.ResumeAsync"/>), which decides what it means for its kind of element.
/// </summary>
internal abstract record Resumption;

/// <summary>A user completed the open task <paramref name="Task"/>; the behaviour closes it and goes on.</summary>
internal sealed record TaskCompleted(
    WorkflowTask Task, string UserId, string? Outcome, string? Comment, IReadOnlyDictionary<string, object?>? Variables) : Resumption;

/// <summary>A worker completed the external task (its variables are already set).</summary>
internal sealed record ExternalTaskCompleted : Resumption
{
    public static ExternalTaskCompleted Instance { get; } = new();
}

/// <summary>A worker raised the BPMN error <paramref name="ErrorCode"/> on the external task.</summary>
internal sealed record ExternalTaskFailed(string ErrorCode) : Resumption;

/// <summary>The child instance started on <paramref name="Bookmark"/> completed.</summary>
internal sealed record ChildCompleted(Bookmark Bookmark, WorkflowInstance Child) : Resumption;
