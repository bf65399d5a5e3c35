using InvestAid.Hosting;
using InvestAid.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace InvestAid.Workflows;

/// <summary>Running procedures: start one (or start by message), look at it, deliver a message, suspend, resume or cancel it, move it to a newer version.</summary>
public sealed class WorkflowInstanceEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/workflow-instances").WithTags("Workflow instances");
        group.MapPost("", StartWorkflowInstance)
            .RequireAuthorization(Permissions.Workflows.StartInstances).ProducesValidationProblem()
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        group.MapGet("/{id:guid}", GetWorkflowInstance)
            .RequireAuthorization(Permissions.Workflows.Default).ProducesProblem(404);
        group.MapPost("/{id:guid}/messages/{name}", DeliverWorkflowMessage)
            .RequireAuthorization(Permissions.Workflows.StartInstances).ProducesProblem(404).ProducesProblem(409);
        app.MapPost("/api/v1/workflow-messages", CorrelateWorkflowMessage).WithTags("Workflow instances")
            .RequireAuthorization(Permissions.Workflows.StartInstances).ProducesProblem(400).ProducesProblem(409);
        app.MapPost("/api/v1/workflow-signals", ThrowWorkflowSignal).WithTags("Workflow instances")
            .RequireAuthorization(Permissions.Workflows.StartInstances).ProducesProblem(400);
        group.MapPost("/{id:guid}/cancel", CancelWorkflowInstance)
            .RequireAuthorization(Permissions.Workflows.StartInstances).ProducesProblem(404).ProducesProblem(409);
        group.MapPost("/{id:guid}/suspend", SuspendWorkflowInstance)
            .RequireAuthorization(Permissions.Workflows.StartInstances).ProducesProblem(404).ProducesProblem(409);
        group.MapPost("/{id:guid}/resume", ResumeWorkflowInstance)
            .RequireAuthorization(Permissions.Workflows.StartInstances).ProducesProblem(404).ProducesProblem(409);
        group.MapPost("/{id:guid}/migrate", MigrateWorkflowInstance)
            .RequireAuthorization(Permissions.Workflows.ManageDefinitions).ProducesProblem(404).ProducesProblem(409);
    }

    public static async Task<Created<WorkflowInstanceDto>> StartWorkflowInstance(
        [FromBody] StartInstanceRequest request, System.Security.Claims.ClaimsPrincipal user, WorkflowAppService workflows, CancellationToken cancellationToken)
    {
        var started = await workflows.StartAsync(request, WorkflowActor.From(user), cancellationToken);
        return TypedResults.Created($"/api/v1/workflow-instances/{started.Id}", started);
    }

    /// <summary>The instance, for those who may see its dossier (docs/security.md); 404 for anyone else.</summary>
    public static async Task<Ok<WorkflowInstanceDto>> GetWorkflowInstance(
        Guid id, System.Security.Claims.ClaimsPrincipal user, WorkflowAppService workflows, CancellationToken cancellationToken) =>
        TypedResults.Ok(await workflows.GetAsync(WorkflowActor.From(user), id, cancellationToken));

    public static async Task<Ok<WorkflowInstanceDto>> DeliverWorkflowMessage(
        Guid id, string name, [FromBody] DeliverMessageRequest? request, WorkflowAppService workflows, CancellationToken cancellationToken) =>
        TypedResults.Ok(await workflows.DeliverMessageAsync(id, name, request ?? new DeliverMessageRequest(), cancellationToken));

    /// <summary>Delivers a message to the one instance waiting for it with the business key and correlation variables given; when none waits, starts the process with that message start event.</summary>
    public static async Task<Ok<WorkflowInstanceDto>> CorrelateWorkflowMessage(
        [FromBody] CorrelateMessageRequest request, WorkflowAppService workflows, CancellationToken cancellationToken) =>
        TypedResults.Ok(await workflows.CorrelateMessageAsync(request, cancellationToken));

    /// <summary>Broadcasts a signal to every running instance waiting for it and starts every process with that signal start event.</summary>
    public static async Task<Ok<IReadOnlyList<WorkflowInstanceDto>>> ThrowWorkflowSignal(
        [FromBody] ThrowSignalRequest request, WorkflowAppService workflows, CancellationToken cancellationToken) =>
        TypedResults.Ok(await workflows.ThrowSignalAsync(request, cancellationToken));

    public static async Task<Ok<WorkflowInstanceDto>> CancelWorkflowInstance(Guid id, WorkflowAppService workflows, CancellationToken cancellationToken) =>
        TypedResults.Ok(await workflows.CancelAsync(id, cancellationToken));

    /// <summary>Holds the instance: its tasks cannot be acted on and its timers wait until it is resumed.</summary>
    public static async Task<Ok<WorkflowInstanceDto>> SuspendWorkflowInstance(Guid id, WorkflowAppService workflows, CancellationToken cancellationToken) =>
        TypedResults.Ok(await workflows.SuspendAsync(id, cancellationToken));

    /// <summary>Lets a suspended instance go on; timers that fell due meanwhile fire now.</summary>
    public static async Task<Ok<WorkflowInstanceDto>> ResumeWorkflowInstance(Guid id, WorkflowAppService workflows, CancellationToken cancellationToken) =>
        TypedResults.Ok(await workflows.ResumeAsync(id, cancellationToken));

    public static async Task<Ok<WorkflowInstanceDto>> MigrateWorkflowInstance(
        Guid id, [FromBody] MigrateInstanceRequest request, WorkflowAppService workflows, CancellationToken cancellationToken) =>
        TypedResults.Ok(await workflows.MigrateInstanceAsync(id, request.TargetVersion, cancellationToken));
}
