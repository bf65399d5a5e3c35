namespace InvestAid.Legal;

/// <summary>A running dossier as the parameter tools list it.</summary>
public sealed record RunningDossier(Guid DossierId, Guid InstanceId, Guid ProjectId, string ProjectCode, string ProjectName, string ProcedureKey,
    int ProcedureVersion, DateOnly ReceivedOn);

/// <summary>Legal documents, parameter versions and holiday notices.</summary>
public interface ILegalRepository
{
    /// <summary>Versions of one parameter (or of all when <paramref name="name"/> is null), oldest first; superseded ones only on request.</summary>
    Task<IReadOnlyList<LegalParameterVersion>> ListVersionsAsync(string? name, bool includeSuperseded, CancellationToken cancellationToken);

    /// <summary>The version, tracked for update.</summary>
    Task<LegalParameterVersion?> FindVersionAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<LegalDocument>> ListDocumentsAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<HolidayNotice>> ListNoticesAsync(CancellationToken cancellationToken);

    /// <summary>Dossiers whose instance is running and that were received from <paramref name="from"/> to <paramref name="to"/> (inclusive).</summary>
    Task<IReadOnlyList<RunningDossier>> ListRunningDossiersAsync(DateOnly from, DateOnly? to, CancellationToken cancellationToken);

    void Add(object entity);

    Task SaveChangesAsync(CancellationToken cancellationToken);
}
