using InvestAid.Common;
using InvestAid.Workflows;
using InvestAid.Workflows.Bpmn;

namespace InvestAid.Decisions;

/// <summary>
/// The rules shared by the files deployed beside the procedure models (DMN files, Camunda Forms): draft → published
/// once, the latest draft is what publishing publishes, and what "deployment" binding means here.
/// </summary>
public static class DeployedFile
{
    public const string Draft = "Draft";
    public const string Published = "Published";

    /// <summary>The draft publishing <paramref name="key"/> publishes: its latest; none → 409 (no draft).</summary>
    public static T LatestDraft<T>(IEnumerable<T> versions, string key, Func<T, string> status, Func<T, int> version) =>
        versions.Where(v => status(v) == Draft).MaxBy(version)
        ?? throw new DomainException(WorkflowErrorCodes.NoDraft, $"'{key}' has no draft to publish.");

    /// <summary>
    /// Camunda's "same deployment" binding, here: the file version in force when this process version was published
    /// (null for the other bindings: the latest, or the exact version).
    /// </summary>
    public static async Task<DateTimeOffset?> PublishedByAsync(
        IWorkflowDefinitionRepository processes, DecisionBinding binding, string processKey, int processVersion, CancellationToken cancellationToken) =>
        binding == DecisionBinding.Deployment ? (await processes.FindAsync(processKey, processVersion, cancellationToken))?.PublishedAt : null;
}
