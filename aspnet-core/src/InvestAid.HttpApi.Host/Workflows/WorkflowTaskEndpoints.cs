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
        group.MapGet("", ListTasks).ProducesValidationProblem();
        group.MapPost("/{id}/claim", ClaimTask).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        group.MapPost("/{id}/complete", CompleteTask).ProducesValidationProblem()
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        group.MapPut("/{id}/assignee", SetTaskAssignee)
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(412).ProducesProblem(428);
        group.MapPost("/{id}/delegate", DelegateTask)
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(412).ProducesProblem(428);
        group.MapPost("/{id}/resolve", ResolveTask)
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(412).ProducesProblem(428);
        app.MapGet("/api/v1/tasks/unassignable", ListUnassignableTasks).WithTags("Tasks")
            .RequireAuthorization(Permissions.Administration.Default).ProducesValidationProblem();
    }

    /// <summary>
    /// Sets the assignee (<c>userId</c>) or, with null, unclaims the task: administrators; the assignee may unclaim their own
    /// task. Send the task's <c>eTag</c> in <c>If-Match</c> (412 when the assignment changed meanwhile).
    /// </summary>
    public static async Task<Ok<WorkflowTaskDto>> SetTaskAssignee(
        string id, [FromBody] TaskAssigneeRequest request, ClaimsPrincipal user, HttpContext http, TaskAdminService tasks, CancellationToken cancellationToken) =>
        TypedResults.Ok(await tasks.SetAssigneeAsync(WorkflowActor.From(user), user.IsInRole(RoleNames.Admin), id, request.UserId, http.Request.IfMatch(), cancellationToken));

    /// <summary>Camunda's delegation: the assignee (or an administrator) hands the task to <c>userId</c> (PENDING); it returns on resolve.</summary>
    public static async Task<Ok<WorkflowTaskDto>> DelegateTask(
        string id, [FromBody] TaskDelegateRequest request, ClaimsPrincipal user, HttpContext http, TaskAdminService tasks, CancellationToken cancellationToken) =>
        TypedResults.Ok(await tasks.DelegateAsync(WorkflowActor.From(user), user.IsInRole(RoleNames.Admin), id, request.UserId, http.Request.IfMatch(), cancellationToken));

    /// <summary>The delegate (or an administrator) returns a delegated task to its owner (RESOLVED).</summary>
    public static async Task<Ok<WorkflowTaskDto>> ResolveTask(
        string id, ClaimsPrincipal user, HttpContext http, TaskAdminService tasks, CancellationToken cancellationToken) =>
        TypedResults.Ok(await tasks.ResolveAsync(WorkflowActor.From(user), user.IsInRole(RoleNames.Admin), id, http.Request.IfMatch(), cancellationToken));

    /// <summary>Administrators: open tasks no one who may sign in can take (ids that map to nobody, groups without members, tasks offered to nobody).</summary>
    public static async Task<Ok<PagedResult<UnassignableTaskDto>>> ListUnassignableTasks(
        [FromQuery] int? page, [FromQuery] int? pageSize, TaskAdminService tasks, CancellationToken cancellationToken) =>
        TypedResults.Ok(await tasks.UnassignableAsync(page, pageSize, cancellationToken));

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
    public static async Task<Ok<TaskCompletionDto>> CompleteTask(
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
