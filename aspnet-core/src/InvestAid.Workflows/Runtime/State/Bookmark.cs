namespace InvestAid.Workflows.Runtime.State;

/// <summary>Something a token waits for: a user task, a timer, a message or a child instance.</summary>
public sealed class Bookmark
{
    public string Id { get; set; } = "";
    public BookmarkKind Kind { get; set; }

    /// <summary>The element that resumes: the task, the catch event or the boundary event.</summary>
    public string ElementId { get; set; } = "";

    /// <summary>
    /// The waiting token; for a boundary event, the token of the activity it is attached to; for an event
    /// sub-process start, the token of the enclosing sub-process ("" at process level).
    /// </summary>
    public string TokenId { get; set; } = "";

    public string? TaskId { get; set; }
    /// <summary>The message name, or the signal name of a signal bookmark.</summary>
    public string? MessageName { get; set; }
    public DateTimeOffset? DueAt { get; set; }
    public Guid? ChildInstanceId { get; set; }

    /// <summary>For a timer cycle: firings still to come after this one, null for unbounded.</summary>
    public int? RemainingRepetitions { get; set; }

    /// <summary>
    /// For a job after an element (<c>asyncAfter</c>): the outgoing flows chosen when it ended, taken when the job runs (an empty list ends
    /// the token); null for a job before an element (<c>asyncBefore</c>), which enters it.
    /// </summary>
    public List<string>? Flows { get; set; }
}
