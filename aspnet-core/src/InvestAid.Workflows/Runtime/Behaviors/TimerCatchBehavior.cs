using InvestAid.Workflows.Bpmn;
using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Workflows.Runtime.Behaviors;

internal sealed class TimerCatchBehavior : ActivityBehavior<TimerCatchEvent>
{
    protected override Task ExecuteAsync(RunContext context, Token token, TimerCatchEvent node)
    {
        context.Wait(token);
        context.ScheduleTimer(token, node, node.Timer, 0);
        return Task.CompletedTask;
    }
}
