namespace InvestAid.Workflows;

public interface IWorkflowDefinitionRepository
{
    /// <summary>Adds a draft as the next version of its key; returns that version.</summary>
    Task<WorkflowDefinitionInfo> AddDraftAsync(WorkflowDefinitionInfo draft, string xml, CancellationToken cancellationToken);

    Task<IReadOnlyList<WorkflowDefinitionInfo>> ListAsync(string? key, CancellationToken cancellationToken);

    Task<WorkflowDefinitionInfo?> FindAsync(string key, int version, CancellationToken cancellationToken);

    Task<string?> FindXmlAsync(string key, int version, CancellationToken cancellationToken);

    /// <summary>The administrator bindings stored with the version (element id → handler or <c>topic:</c> name); empty when none.</summary>
    Task<IReadOnlyDictionary<string, string>> FindBindingsAsync(string key, int version, CancellationToken cancellationToken);

    /// <summary>Replaces the bindings of a draft; false when the version is not a draft (any more).</summary>
    Task<bool> SetDraftBindingsAsync(string key, int version, IReadOnlyDictionary<string, string> bindings, CancellationToken cancellationToken);

    /// <summary>Changes the status; false when the row was not in <paramref name="from"/> any more.</summary>
    Task<bool> ChangeStatusAsync(string key, int version, WorkflowDefinitionStatus from, WorkflowDefinitionStatus to, DateTimeOffset at, CancellationToken cancellationToken);
}
