using System.Text.Json.Nodes;
using InvestAid.Workflows.Runtime;

namespace InvestAid.Procedures.Handlers;

/// <summary>
/// <c>notify</c>: asks for a notification (inputs <c>to</c>: groups or users, comma-separated; <c>subject</c>).
/// The request is kept on the instance (variable <c>notifications</c>), in the command's transaction; the
/// notifications module delivers what is requested there (in-app and e-mail).
/// </summary>
public sealed class NotifyHandler(TimeProvider clock) : IServiceTaskHandler
{
    public string Name => "notify";

    public Task ExecuteAsync(ServiceTaskContext context)
    {
        var requested = context.GetVariable(ProcedureVariables.Notifications) as JsonArray ?? [];
        requested.Add(new JsonObject
        {
            ["elementId"] = context.ElementId,
            ["to"] = ProcedureVariables.Input(context, "to") ?? "",
            ["subject"] = ProcedureVariables.Input(context, "subject") ?? "",
            ["requestedAt"] = clock.GetUtcNow().ToString("O"),
        });
        context.SetVariable(ProcedureVariables.Notifications, requested);
        return Task.CompletedTask;
    }
}
