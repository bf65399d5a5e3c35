using InvestAid.Workflows.Bpmn;
using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Workflows.Runtime.Behaviors;

/// <summary>
/// The token stays on the gateway and waits for each event its flows lead to, as those events would wait themselves. The first
/// that occurs takes the token (<see cref="EventDispatch.Trigger"/>): the others are cancelled, the token passes the event and goes on.
/// </summary>
internal sealed class EventBasedGatewayBehavior : ActivityBehavior<EventBasedGateway>
{
    protected override Task ExecuteAsync(RunContext context, Token token, EventBasedGateway node)
    {
        context.Wait(token);
        foreach (var flow in node.Outgoing)
        {
            switch (context.Process.Node(flow.TargetId))
            {
                case TimerCatchEvent timer:
                    context.ScheduleTimer(token, timer, timer.Timer, 0);
                    break;
                case MessageCatchEvent message:
                    context.AddBookmark(BookmarkKind.Message, message.Id, token).MessageName = message.MessageName;
                    break;
                case ReceiveTask receive:
                    context.AddBookmark(BookmarkKind.Message, receive.Id, token).MessageName = receive.MessageName;
                    break;
                case CatchEvent catchEvent:
                    context.Subscribe(catchEvent, catchEvent.Event, token.Id);
                    break;
            }
        }

        return Task.CompletedTask;
    }
}
