namespace InvestAid.ReferenceData;

public interface IReferenceCodeSource
{
    Task<ReferenceCodeSet> LoadAsync(IReadOnlyCollection<ReferenceKind> kinds, CancellationToken cancellationToken = default);
}
