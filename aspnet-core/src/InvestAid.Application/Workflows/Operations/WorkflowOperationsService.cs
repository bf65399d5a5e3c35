using FluentValidation;
using FluentValidation.Results;
using InvestAid.Common;
using InvestAid.Errors;
using InvestAid.Identity;
using InvestAid.Workflows.ExternalTasks;
using InvestAid.Workflows.Incidents;
using InvestAid.Workflows.Runtime.Effects;

namespace InvestAid.Workflows.Operations;

/// <summary>
/// The administrators' operations view (the cockpit): load per procedure, instances needing attention, incidents (failed timer jobs and
/// external tasks with no retries left), one incident read, retried with new retries or resolved.
/// </summary>
public sealed class WorkflowOperationsService(
    IWorkflowOperationsQueries queries, IExternalTaskQueue queue, StepNames steps, IWorkflowIncidentStore incidents, ICurrentUser user,
    IUserDirectory people, IWorkflowEffectHandler effects, TimeProvider clock)
{
    /// <summary>How many retries a retried incident gets when the administrator names none.</summary>
    public const int RetriesOnRetry = 1;

    /// <summary>The most retries one retry may give.</summary>
    public const int MaxRetries = 10;

    public const string FailedJob = "failedJob";
    public const string FailedExternalTask = "failedExternalTask";
    public const string FailedStartTimer = "failedStartTimer";

    private const int MaxListed = 200;

    public async Task<WorkflowOperationsDto> GetAsync(CancellationToken cancellationToken)
    {
        var counts = await queries.InstanceCountsAsync(cancellationToken);
        var procedures = counts.GroupBy(c => (c.Key, c.Version))
            .Select(g => new ProcedureLoadDto(g.Key.Key, g.Key.Version, steps.ProcedureOf(g.Key.Key, g.Key.Version),
                Count(g, "Running"), Count(g, "Suspended"), Count(g, "Faulted"), Count(g, "Completed"), Count(g, "Terminated")))
            .OrderByDescending(p => p.Faulted + p.Suspended).ThenByDescending(p => p.Running).ThenBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Version)
            .ToList();
        var attention = (await queries.AttentionAsync(MaxListed, cancellationToken))
            .Select(a => WorkflowMapper.ToAttentionDto(a, steps.ProcedureOf(a.Key, a.Version), [.. a.At.Select(e => steps.Of(a.Key, a.Version, e, null) ?? e).Distinct()]))
            .ToList();
        var jobs = (await incidents.ListOpenAsync(MaxListed, cancellationToken)).Select(i => ToDto(i, null, details: false));
        var external = (await queue.ListAsync(null, incidents: true, MaxListed, cancellationToken)).Select(ToDto);
        var open = jobs.Concat(external).OrderBy(i => i.CreatedAt).Take(MaxListed).ToList();
        var topics = (await queries.TopicLoadAsync(cancellationToken)).Select(WorkflowMapper.ToTopicLoadDto).ToList();
        return new WorkflowOperationsDto(procedures, attention, open, topics);
    }

    /// <summary>One incident, open or closed, with its details (404 when there is none with this id).</summary>
    public async Task<WorkflowIncidentDto> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (Guid.TryParse(id, out var guid) && await incidents.FindAsync(guid, cancellationToken) is { } job)
        {
            var name = Guid.TryParse(job.ResolvedBy, out var by) ? (await people.DisplayNamesAsync([by], cancellationToken)).GetValueOrDefault(by) : job.ResolvedBy;
            return ToDto(job, name, details: true);
        }

        var task = await queue.FindAsync(id, cancellationToken);
        return task is { Retries: 0 } ? ToDto(task) with { Details = task.ErrorDetails } : throw new NotFoundException("sự cố", id);
    }

    /// <summary>
    /// Gives an incident <paramref name="retries"/> new tries (default <see cref="RetriesOnRetry"/>): a failed job is handed to the job
    /// server at once (the effect path of any command; the timer sweep runs it if that hand-over is lost), an external task is fetched
    /// by workers again. 409 when it is no longer open.
    /// </summary>
    public async Task RetryIncidentAsync(string id, int? retries, CancellationToken cancellationToken)
    {
        if (retries is < 1 or > MaxRetries)
        {
            throw new ValidationException([new ValidationFailure("retries", Validation.ValidationText.Format("incident.retries", MaxRetries))]);
        }

        if (Guid.TryParse(id, out var guid) && await incidents.FindAsync(guid, cancellationToken) is { } job)
        {
            if (job.ResolvedAt is not null
                || !await incidents.CloseAsync(guid, "retried", retries ?? RetriesOnRetry, Actor(), clock.GetUtcNow(), cancellationToken))
            {
                throw new DomainException(ErrorCodes.IncidentClosed, Validation.ValidationText.Format("incident.closed", id));
            }

            // A timer start's firing is tried again by the next run of the timer starts (each minute); a job is handed over now.
            if (job.InstanceId is { } instanceId)
            {
                await effects.HandleAsync([new JobRetried(instanceId, job.JobId, job.ElementId, clock.GetUtcNow())], cancellationToken);
            }
            return;
        }

        var task = await queue.FindAsync(id, cancellationToken) ?? throw new NotFoundException("sự cố", id);
        if (task.Retries is not 0)
        {
            throw new DomainException("externalTask.notIncident", Validation.ValidationText.Format("externalTask.notIncident", id));
        }
        await queue.SetRetriesAsync(id, retries ?? RetriesOnRetry, cancellationToken);
    }

    /// <summary>
    /// Closes a failed job's incident without running the job again (the administrator dealt with the cause otherwise; the instance
    /// stays where it waits, to be cancelled or moved). An external task's incident is resolved by a retry only (as in Camunda): 409.
    /// </summary>
    public async Task ResolveIncidentAsync(string id, CancellationToken cancellationToken)
    {
        if (Guid.TryParse(id, out var guid) && await incidents.FindAsync(guid, cancellationToken) is { } job)
        {
            if (job.Type == FailedStartTimer && job.ResolvedAt is null)
            {
                // Its firing is retried, or the schedule ends with a newer version or the retirement of this one.
                throw new DomainException(ErrorCodes.IncidentNotResolvable, Validation.ValidationText.Format("incident.startTimerNotResolvable", id));
            }

            if (job.ResolvedAt is not null || !await incidents.CloseAsync(guid, "resolved", null, Actor(), clock.GetUtcNow(), cancellationToken))
            {
                throw new DomainException(ErrorCodes.IncidentClosed, Validation.ValidationText.Format("incident.closed", id));
            }

            return;
        }

        _ = await queue.FindAsync(id, cancellationToken) is { Retries: 0 } ? 0 : throw new NotFoundException("sự cố", id);
        throw new DomainException(ErrorCodes.IncidentNotResolvable, Validation.ValidationText.Format("incident.notResolvable", id));
    }

    private string Actor() => user.Id?.ToString() ?? user.Name ?? "system";

    private WorkflowIncidentDto ToDto(WorkflowIncidentRow i, string? resolvedBy, bool details) =>
        i.ToIncidentDto(steps.ProcedureOf(i.DefinitionKey, i.DefinitionVersion), steps.Of(i.DefinitionKey, i.DefinitionVersion, i.ElementId, null) ?? i.ElementId,
            details ? i.Details : null, resolvedBy);

    private WorkflowIncidentDto ToDto(ExternalTaskRow i) =>
        i.ToIncidentDto(FailedExternalTask, steps.ProcedureOf(i.DefinitionKey, i.DefinitionVersion),
            steps.Of(i.DefinitionKey, i.DefinitionVersion, i.ElementId, null) ?? i.ElementId);

    private static int Count(IEnumerable<(string Key, int Version, string Status, int Count)> rows, string status) =>
        rows.Where(r => r.Status == status).Sum(r => r.Count);
}
