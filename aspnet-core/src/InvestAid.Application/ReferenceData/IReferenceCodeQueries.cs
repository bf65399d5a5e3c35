namespace InvestAid.ReferenceData;

public interface IReferenceCodeQueries
{
    Task<ReferenceCodeSet> LoadAsync(IReadOnlyCollection<ReferenceKind> kinds, CancellationToken cancellationToken = default);
}
