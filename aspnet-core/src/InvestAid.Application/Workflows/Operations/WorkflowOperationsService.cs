using InvestAid.Workflows.ExternalTasks;

namespace InvestAid.Workflows.Operations;

/// <summary>The administrators' operations view (the cockpit): load per procedure, instances needing attention, incidents and their retry.</summary>
public sealed class WorkflowOperationsService(IWorkflowOperationsQueries queries, IExternalTaskQueue queue, StepNames steps)
{
    /// <summary>How many retries a retried incident gets.</summary>
    public const int RetriesOnRetry = 1;

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
            .Select(a => new InstanceAttentionDto(a.Id, a.Key, a.Version, steps.ProcedureOf(a.Key, a.Version), a.BusinessKey, a.Status, a.Fault,
                [.. a.At.Select(e => steps.Of(a.Key, a.Version, e, null) ?? e).Distinct()], a.Started))
            .ToList();
        var incidents = (await queue.ListAsync(null, incidents: true, MaxListed, cancellationToken))
            .Select(i => new ExternalTaskIncidentDto(i.Id, i.InstanceId, steps.ProcedureOf(i.DefinitionKey, i.DefinitionVersion),
                steps.Of(i.DefinitionKey, i.DefinitionVersion, i.ElementId, null) ?? i.ElementId, i.Topic, i.BusinessKey, i.ErrorMessage, i.CreatedAt))
            .ToList();
        var topics = (await queries.TopicLoadAsync(cancellationToken)).Select(t => new ExternalTopicLoadDto(t.Topic, t.Waiting, t.Locked, t.Incidents)).ToList();
        return new WorkflowOperationsDto(procedures, attention, incidents, topics);
    }

    /// <summary>Gives an incident (an external task with no retries left) a retry: workers fetch it again.</summary>
    public async Task RetryIncidentAsync(string id, CancellationToken cancellationToken)
    {
        var task = await queue.FindAsync(id, cancellationToken) ?? throw new ExternalTaskNotFoundException(Guid.Empty, id);
        if (task.Retries is not 0)
        {
            throw new InvestAid.Common.DomainException("externalTask.notIncident", Validation.ValidationText.Format("externalTask.notIncident", id));
        }
        await queue.SetRetriesAsync(id, RetriesOnRetry, cancellationToken);
    }

    private static int Count(IEnumerable<(string Key, int Version, string Status, int Count)> rows, string status) =>
        rows.Where(r => r.Status == status).Sum(r => r.Count);
}
