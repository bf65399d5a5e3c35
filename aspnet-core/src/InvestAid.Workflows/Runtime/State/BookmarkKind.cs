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
}
