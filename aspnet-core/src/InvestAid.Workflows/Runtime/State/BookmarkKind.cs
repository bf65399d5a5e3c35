namespace InvestAid.Workflows.Runtime.State;

public enum BookmarkKind
{
    UserTask,
    Timer,
    Message,
    CallActivity,
    Signal,
    Conditional,

    /// <summary>An external task (camunda:type="external"): MessageName is its topic; a worker fetches, locks and completes it.</summary>
    ExternalTask,

    /// <summary>
    /// An asynchronous continuation (<c>camunda:asyncBefore</c>/<c>asyncAfter</c>): the token stopped at a transaction boundary and a job
    /// continues it. DueAt is when it was scheduled; <see cref="Bookmark.Flows"/> holds the flows an after-job takes.
    /// </summary>
    Job,
}
