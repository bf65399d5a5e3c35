using InvestAid.Projects;

namespace InvestAid.Iati;

/// <summary>The commitment (IATI transaction type 2) of each activity: the foreign funds of the financing agreement, or the NGO's committed aid.</summary>
public sealed class CommitmentTransactionSource : IIatiTransactionSource
{
    public const int Commitment = 2;

    public Task<IReadOnlyList<IatiTransaction>> TransactionsAsync(IReadOnlyList<Project> projects, CancellationToken cancellationToken = default)
    {
        var result = new List<IatiTransaction>();
        foreach (var p in projects)
        {
            if (p.Oda is { AgreementDate: { } signed } oda)
            {
                result.Add(new IatiTransaction(p.Id, Commitment, signed, oda.OdaAmount + oda.LoanAmount, oda.Currency, oda.AgreementNumber));
            }
            else if (p.Ngo is { ApprovalDate: { } approved } ngo)
            {
                result.Add(new IatiTransaction(p.Id, Commitment, approved, ngo.CommittedAmount, ngo.Currency, ngo.ApprovalDecisionNumber));
            }
        }
        return Task.FromResult<IReadOnlyList<IatiTransaction>>(result);
    }
}
