using InvestAid.Hosting;
using InvestAid.Identity;
using InvestAid.Workflows.ExternalTasks;
using Microsoft.AspNetCore.Mvc;

namespace InvestAid.Workflows;

/// <summary>
/// Camunda 7's external-task REST API at its own path (<c>/engine-rest/external-task</c>), so that Camunda's external-task clients
/// (camunda-external-task-client-js, the Java client) work against InvestAid unchanged, signed in as an account with the
/// external-tasks permission (a bearer token through the client's interceptors).
/// </summary>
public sealed class ExternalTaskEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/engine-rest/external-task").WithTags("External tasks").RequireAuthorization(Permissions.Workflows.ExternalTasks);
        g.MapPost("/fetchAndLock", FetchAndLockExternalTasks)
            .Produces<IReadOnlyList<ExternalTaskDto>>().ProducesValidationProblem();
        g.MapGet("", ListExternalTasks).Produces<IReadOnlyList<ExternalTaskDto>>();
        g.MapGet("/{id}", GetExternalTask).Produces<ExternalTaskDto>().ProducesProblem(404);
        g.MapPost("/{id}/complete", CompleteExternalTask)
            .Produces(204).ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
        g.MapPost("/{id}/failure", ReportExternalTaskFailure)
            .Produces(204).ProducesValidationProblem().ProducesProblem(404);
        g.MapPost("/{id}/bpmnError", RaiseExternalTaskBpmnError)
            .Produces(204).ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
        g.MapPost("/{id}/extendLock", ExtendExternalTaskLock)
            .Produces(204).ProducesValidationProblem().ProducesProblem(404);
        g.MapPost("/{id}/unlock", UnlockExternalTask).Produces(204).ProducesProblem(404);
    }

    /// <summary>Locks up to maxTasks tasks of the topics for the worker; with asyncResponseTimeout, waits (long polling, at most 60 s) for work.</summary>
    public static async Task<IResult> FetchAndLockExternalTasks([FromBody] FetchAndLockRequest request, ExternalTaskService tasks, CancellationToken ct) =>
        Camunda(await tasks.FetchAndLockAsync(request, ct));

    /// <summary>Queued external tasks, oldest first; <c>noRetriesLeft=true</c> lists the incidents.</summary>
    public static async Task<IResult> ListExternalTasks([FromQuery] string? topicName, [FromQuery] bool? noRetriesLeft, [FromQuery] int? maxResults,
        ExternalTaskService tasks, CancellationToken ct) =>
        Camunda(await tasks.ListAsync(topicName, noRetriesLeft, maxResults, ct));

    public static async Task<IResult> GetExternalTask(string id, ExternalTaskService tasks, CancellationToken ct) =>
        Camunda(await tasks.GetAsync(id, ct));

    public static async Task<IResult> CompleteExternalTask(string id, [FromBody] CompleteExternalTaskRequest request, ExternalTaskService tasks, CancellationToken ct)
    {
        await tasks.CompleteAsync(id, request, ct);
        return Results.NoContent();
    }

    public static async Task<IResult> ReportExternalTaskFailure(string id, [FromBody] ExternalTaskFailureRequest request, ExternalTaskService tasks, CancellationToken ct)
    {
        await tasks.FailureAsync(id, request, ct);
        return Results.NoContent();
    }

    public static async Task<IResult> RaiseExternalTaskBpmnError(string id, [FromBody] ExternalTaskBpmnErrorRequest request, ExternalTaskService tasks, CancellationToken ct)
    {
        await tasks.BpmnErrorAsync(id, request, ct);
        return Results.NoContent();
    }

    public static async Task<IResult> ExtendExternalTaskLock(string id, [FromBody] ExtendExternalTaskLockRequest request, ExternalTaskService tasks, CancellationToken ct)
    {
        await tasks.ExtendLockAsync(id, request, ct);
        return Results.NoContent();
    }

    /// <summary>
    /// JSON as Camunda answers it: "application/json" without a charset parameter (the JavaScript client parses a body only when the
    /// content type is exactly that).
    /// </summary>
    private static IResult Camunda<T>(T value) => Results.Json(value, contentType: "application/json");

    public static async Task<IResult> UnlockExternalTask(string id, ExternalTaskService tasks, CancellationToken ct)
    {
        await tasks.UnlockAsync(id, ct);
        return Results.NoContent();
    }
}
