using InvestAid.Projects;

namespace InvestAid.Iati;

/// <summary>
/// A source of IATI transactions. The registry gives the commitments (<see cref="CommitmentTransactionSource"/>);
/// the finance module adds its disbursements (type 3) by registering another source — the export takes them all.
/// </summary>
public interface IIatiTransactionSource
{
    Task<IReadOnlyList<IatiTransaction>> TransactionsAsync(IReadOnlyList<Project> projects, CancellationToken cancellationToken = default);
}
