using InvestAid.Workflows.Bpmn;
using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Workflows.Runtime.Behaviors;

/// <summary>A single user task: opens one task and waits; on completion leaves by its flows.</summary>
internal sealed class UserTaskBehavior : ActivityBehavior<UserTask>
{
    protected override bool Accepts(UserTask node) => node.MultiInstance is null;

    protected override Task ExecuteAsync(RunContext context, Token token, UserTask node)
    {
        context.Wait(token);
        var history = context.Instance.History.Find(h => h.Id == token.HistoryId);
        // The task's input parameters (its locals) are its local variables too, as Camunda's task sees its execution's.
        TaskIssuer.Issue(context, token, node, token.Variables?.DeepClone().AsObject(), null, history);
        context.ArmBoundaries(token, node);
        return Task.CompletedTask;
    }

    protected override Task ResumeAsync(RunContext context, Token token, UserTask node, Resumption resumption)
    {
        TaskIssuer.Close(context, node, (TaskCompleted)resumption);
        context.CancelScope(token);
        context.Leave(token, node);
        return Task.CompletedTask;
    }
}
