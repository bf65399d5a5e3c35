using InvestAid.Hosting;
using Microsoft.AspNetCore.Mvc;
using InvestAid.Identity;
using InvestAid.Workflows.Operations;

namespace InvestAid.Workflows;

/// <summary>The operations view for administrators: load per procedure, instances needing attention, incidents (failed jobs and external tasks), their retry and resolution.</summary>
public sealed class WorkflowOperationsEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/admin/operations").WithTags("Administration").RequireAuthorization(Permissions.Administration.Default);
        g.MapGet("", GetWorkflowOperations).Produces<WorkflowOperationsDto>();
        g.MapGet("/incidents/{id}", GetWorkflowIncident).Produces<WorkflowIncidentDto>().ProducesProblem(404);
        g.MapPost("/incidents/{id}/retry", RetryWorkflowIncident)
            .Produces(204).ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
        g.MapPost("/incidents/{id}/resolve", ResolveWorkflowIncident)
            .Produces(204).ProducesProblem(404).ProducesProblem(409);
        g.MapGet("/instances", SearchWorkflowInstances).ProducesValidationProblem()
            .Produces<InvestAid.Common.PagedResult<InstanceSummaryDto>>().ProducesValidationProblem();
        g.MapPost("/instances/bulk", BulkWorkflowInstanceAction).ProducesValidationProblem()
            .Produces<BulkInstanceResultDto>().ProducesValidationProblem().ProducesProblem(409);
        g.MapGet("/definitions/{key}/versions/{version:int}/statistics", GetWorkflowDefinitionStatistics).Produces<DefinitionStatisticsDto>().ProducesValidationProblem().ProducesProblem(404);
    }

    /// <summary>
    /// Instances by procedure (<c>definitionKey</c>, <c>version</c>), business-key prefix, <c>state</c> (running, suspended, faulted,
    /// completed, cancelled), <c>hasIncident</c> and a variable's value (<c>variableName</c> + <c>variableValue</c>); newest first, paged.
    /// </summary>
    public static async Task<IResult> SearchWorkflowInstances([AsParameters] InstanceSearchQuery query, CockpitService cockpit, CancellationToken ct) =>
        Results.Ok(await cockpit.SearchAsync(query, ct));

    /// <summary>
    /// Cancel, suspend, resume or migrate the instances listed (with the version seen in the preview) or found by a query.
    /// <c>dryRun</c> changes nothing and tells per instance what would happen; the real run audits each instance it changes.
    /// 409 when a listed instance changed since the preview (nothing done).
    /// </summary>
    public static async Task<IResult> BulkWorkflowInstanceAction(BulkInstanceActionRequest request, BulkInstanceActions bulk, CancellationToken ct) =>
        Results.Ok(await bulk.RunAsync(request, ct));

    /// <summary>
    /// One procedure version: tokens and open incidents per element, and per step the median and 90th percentile of the time spent
    /// (hours and working days) over the steps that ended from <c>from</c> to <c>to</c> (default the last 90 days).
    /// </summary>
    public static async Task<IResult> GetWorkflowDefinitionStatistics(
        string key, int version, [AsParameters] DefinitionStatisticsQuery query, CockpitService cockpit, CancellationToken ct) =>
        Results.Ok(await cockpit.StatisticsAsync(key, version, query, ct));

    public static async Task<IResult> GetWorkflowOperations(WorkflowOperationsService operations, CancellationToken ct) =>
        Results.Ok(await operations.GetAsync(ct));

    /// <summary>One incident (a failed job's id, or an external task's), open or closed, with its message and details.</summary>
    public static async Task<IResult> GetWorkflowIncident(string id, WorkflowOperationsService operations, CancellationToken ct) =>
        Results.Ok(await operations.FindAsync(id, ct));

    /// <summary>
    /// Gives the incident new tries (<c>?retries=</c>, 1–10, default 1): a failed job runs again at the next timer sweep (within a minute),
    /// workers fetch an external task again. 409 when it is no longer an open incident.
    /// </summary>
    public static async Task<IResult> RetryWorkflowIncident(string id, [FromQuery] int? retries, WorkflowOperationsService operations, CancellationToken ct)
    {
        await operations.RetryIncidentAsync(id, retries, ct);
        return Results.NoContent();
    }

    /// <summary>Closes a failed job's incident without running the job again; the instance keeps waiting there. 409 for an external task's (retry it).</summary>
    public static async Task<IResult> ResolveWorkflowIncident(string id, WorkflowOperationsService operations, CancellationToken ct)
    {
        await operations.ResolveIncidentAsync(id, ct);
        return Results.NoContent();
    }
}
