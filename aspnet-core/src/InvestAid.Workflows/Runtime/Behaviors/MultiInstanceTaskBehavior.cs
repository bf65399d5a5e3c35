using InvestAid.Workflows.Bpmn;
using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Workflows.Runtime.Behaviors;

/// <summary>
/// A multi-instance user task: one task per element of the collection (all at once, or one
/// after another when sequential), until all are done or the completion condition holds
/// (<see cref="MultiInstanceLoop"/>); the tasks carry the instances' locals.
/// </summary>
internal sealed class MultiInstanceTaskBehavior : ActivityBehavior<UserTask>
{
    protected override bool Accepts(UserTask node) => node.MultiInstance is not null;

    protected override Task ExecuteAsync(RunContext context, Token token, UserTask node)
    {
        var spec = node.MultiInstance!;
        if (MultiInstanceLoop.Begin(context, token, node, spec) is not { } state)
        {
            context.Leave(token, node);
            return Task.CompletedTask;
        }

        for (var i = MultiInstanceLoop.FirstCount(spec, state); i > 0; i--)
        {
            IssueNext(context, token, node, state);
        }

        context.ArmBoundaries(token, node);
        return Task.CompletedTask;
    }

    protected override Task ResumeAsync(RunContext context, Token token, UserTask node, Resumption resumption)
    {
        var completed = (TaskCompleted)resumption;
        TaskIssuer.Close(context, node, completed);
        var spec = node.MultiInstance!;
        var state = context.LoopOf(token)!;
        switch (MultiInstanceLoop.Completed(context, token, node, spec, state, completed.Task.LocalVariables))
        {
            case MultiInstanceLoop.Step.Next:
                IssueNext(context, token, node, state);
                break;
            case MultiInstanceLoop.Step.Done:
                // CancelScope closes the tasks the completion condition made unnecessary, and the boundary timers.
                context.CancelScope(token);
                context.Leave(token, node);
                break;
        }

        return Task.CompletedTask;
    }

    private static void IssueNext(RunContext context, Token token, UserTask node, MultiInstanceState state)
    {
        var index = state.NextIndex;
        var local = MultiInstanceLoop.NextLocals(state, node.MultiInstance!, token);
        // Camunda maps a multi-instance task's inputs for each instance: they are the task's locals, beside loopCounter.
        if (node.IoMapping.Inputs.Count > 0)
        {
            local = context.MapInputs(node, local);
        }

        TaskIssuer.Issue(context, token, node, MultiInstanceLoop.LoopScope(state, local), index, null);
    }
}
