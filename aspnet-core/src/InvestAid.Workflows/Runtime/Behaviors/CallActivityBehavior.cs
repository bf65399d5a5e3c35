using InvestAid.Workflows.Bpmn;
using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Workflows.Runtime.Behaviors;

/// <summary>
/// Starts the latest version of the called process as a child instance with a copy of the
/// variables and waits; the child's variables are copied back when it completes.
/// </summary>
internal sealed class CallActivityBehavior(Func<RunContext, Token, CallActivity, Task> startChild) : ActivityBehavior<CallActivity>
{
    protected override Task ExecuteAsync(RunContext context, Token token, CallActivity node)
    {
        context.Wait(token);
        return startChild(context, token, node);
    }

    public static void OnChildCompleted(RunContext context, Bookmark bookmark, WorkflowInstance child)
    {
        var token = context.Instance.Tokens.Single(t => t.Id == bookmark.TokenId);
        context.Instance.Bookmarks.Remove(bookmark);
        context.SetVariables(child.Variables);
        context.Leave(token, context.Process.Node(bookmark.ElementId));
    }
}
