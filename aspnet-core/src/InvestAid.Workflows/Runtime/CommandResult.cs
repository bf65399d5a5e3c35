using InvestAid.Workflows.Runtime.Effects;
using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Workflows.Runtime;

/// <summary>
/// The new state of the instance (a fresh object; the one passed in is untouched), child
/// instances started by call activities, and the side effects to perform after saving.
/// <see cref="Changed"/> is false when the command found nothing to do (a stale timer).
/// </summary>
public sealed record CommandResult(
    WorkflowInstance Instance,
    IReadOnlyList<WorkflowEffect> Effects,
    IReadOnlyList<WorkflowInstance> StartedChildren,
    bool Changed = true);
