using System.Security.Claims;
using InvestAid.Common;
using InvestAid.Dossiers;
using InvestAid.Hosting;
using InvestAid.Identity;
using InvestAid.Workflows.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace InvestAid.Workflows;

/// <summary>People's tasks: list (overdue first), claim, complete. Only the assignee, a candidate user or a member of a candidate group may act.</summary>
public sealed class WorkflowTaskEndpoints : IEndpointGroup
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/tasks").WithTags("Tasks").RequireAuthorization(Permissions.Workflows.Default);
        group.MapGet("", ListTasks).WithName(nameof(ListTasks)).Validate<TaskListQuery>();
        group.MapPost("/{id}/claim", ClaimTask).WithName(nameof(ClaimTask)).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        group.MapPost("/{id}/complete", CompleteTask).WithName(nameof(CompleteTask)).Validate<CompleteTaskRequest>()
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
    }

    /// <summary>
    /// The inbox: <c>scope</c> = mine (assigned to me), groups (offered to my groups, unclaimed), overdue, or all
    /// (administrators: every open task); <c>overdue=true</c> keeps only overdue tasks within the scope. Overdue first,
    /// then by deadline; <c>page</c>/<c>pageSize</c> (≤ 200) with the total and the count of every tab.
    /// </summary>
    public static async Task<Ok<TaskInboxPageDto>> ListTasks(
        [AsParameters] TaskListQuery query, ClaimsPrincipal user, InboxService inbox, CancellationToken cancellationToken) =>
        TypedResults.Ok(await inbox.ListAsync(WorkflowActor.From(user), user.IsInRole(RoleNames.Admin), query, cancellationToken));

    public static async Task<Ok<WorkflowTaskDto>> ClaimTask(string id, ClaimsPrincipal user, WorkflowAppService workflows, CancellationToken cancellationToken) =>
        TypedResults.Ok(await workflows.ClaimAsync(WorkflowActor.From(user), id, cancellationToken));

    /// <summary>Completes the task; send an <c>Idempotency-Key</c> header so that a retry gets the same answer and changes nothing.</summary>
    public static async Task<Ok<CompletionReceipt>> CompleteTask(
        string id, [FromBody] CompleteTaskRequest request, [FromHeader(Name = IdempotencyKeyHeader)] string? idempotencyKey,
        ClaimsPrincipal user, WorkflowAppService workflows, CancellationToken cancellationToken)
    {
        if (idempotencyKey is { Length: > WorkflowConsts.MaxIdempotencyKeyLength })
        {
            throw new BadHttpRequestException($"{IdempotencyKeyHeader} is longer than {WorkflowConsts.MaxIdempotencyKeyLength} characters.");
        }

        return TypedResults.Ok(await workflows.CompleteAsync(WorkflowActor.From(user), id, request, idempotencyKey, cancellationToken));
    }
}
