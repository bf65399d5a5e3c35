namespace InvestAid.Reports;

public interface IFdiReportSnapshotRepository
{
    /// <summary>Every revision of the month, oldest first.</summary>
    Task<IReadOnlyList<FdiReportSnapshot>> ListAsync(int year, int month, CancellationToken cancellationToken = default);

    /// <summary>Adds a revision; false when another caller published the same revision first.</summary>
    Task<bool> TryAddAsync(FdiReportSnapshot snapshot, CancellationToken cancellationToken = default);
}
