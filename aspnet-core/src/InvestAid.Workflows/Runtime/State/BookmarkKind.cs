namespace InvestAid.Workflows.Runtime.State;

public enum BookmarkKind
{
    UserTask,
    Timer,
    Message,
    CallActivity,
    Signal,
    Conditional,
}
