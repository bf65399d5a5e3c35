using InvestAid.Workflows.Bpmn;
using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Workflows.Runtime.Behaviors;

internal sealed class MessageCatchBehavior : ActivityBehavior<MessageCatchEvent>
{
    protected override Task ExecuteAsync(RunContext context, Token token, MessageCatchEvent node)
    {
        context.Wait(token);
        context.AddBookmark(BookmarkKind.Message, node.Id, token).MessageName = node.MessageName;
        return Task.CompletedTask;
    }
}
