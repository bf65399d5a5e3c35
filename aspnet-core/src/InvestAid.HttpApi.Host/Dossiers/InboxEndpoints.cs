using System.Security.Claims;
using InvestAid.Common;
using InvestAid.Hosting;
using InvestAid.Identity;
using InvestAid.Workflows;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InvestAid.Dossiers;

/// <summary>The inbox (tasks with project, dossier, due date and working days left, overdue first) and the task page.</summary>
public sealed class InboxEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/inbox", GetInbox).WithTags("Tasks").RequireAuthorization(Permissions.Workflows.Default);
        app.MapGet("/api/v1/tasks/{id}", GetTask).WithTags("Tasks").RequireAuthorization(Permissions.Workflows.Default)
            .ProducesProblem(404);
    }

    /// <summary>Everything I may act on (mine and my groups'), overdue first: <c>GET /api/v1/tasks?scope=all</c> without the counts.</summary>
    public static async Task<Ok<PagedResult<InboxItemDto>>> GetInbox(
        [AsParameters] InboxQuery query, ClaimsPrincipal user, InboxService inbox, CancellationToken ct)
    {
        var page = await inbox.ListAsync(WorkflowActor.From(user), isAdmin: false,
            new TaskListQuery(nameof(TaskScope.All), query.Overdue, Math.Max(1, query.Page), Math.Clamp(query.PageSize, 1, WorkflowConsts.MaxPageSize)), ct);
        return TypedResults.Ok(new PagedResult<InboxItemDto>(page.Items, page.TotalCount, page.Page, page.PageSize));
    }

    public static async Task<Ok<TaskDetailDto>> GetTask(string id, ClaimsPrincipal user, InboxService inbox, CancellationToken ct) =>
        TypedResults.Ok(await inbox.GetTaskAsync(WorkflowActor.From(user), id, ct));
}
