namespace InvestAid.ReferenceData;

public interface IReferenceDataRepository
{
    Task<ReferenceItem?> FindAsync(Guid id, CancellationToken cancellationToken = default);
    Task<ReferenceItem?> FindByCodeAsync(ReferenceKind kind, string code, CancellationToken cancellationToken = default);
    /// <summary>Which of <paramref name="codes"/> are not in the list of <paramref name="kind"/>.</summary>
    Task<IReadOnlySet<string>> MissingCodesAsync(ReferenceKind kind, IEnumerable<string> codes, CancellationToken cancellationToken = default);
    /// <summary>The Vietnamese and English names of the codes named (each with its list), in one query; codes not held are left out.</summary>
    Task<IReadOnlyDictionary<(ReferenceKind Kind, string Code), (string NameVi, string? NameEn)>> NamesAsync(
        IReadOnlyCollection<(ReferenceKind Kind, string Code)> codes, CancellationToken cancellationToken = default);
    void Add(ReferenceItem item);
    void ExpectVersion(ReferenceItem item, uint version);
}
