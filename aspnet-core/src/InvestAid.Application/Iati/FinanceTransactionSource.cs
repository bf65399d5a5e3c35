using InvestAid.Finance;
using InvestAid.Projects;

namespace InvestAid.Iati;

/// <summary>
/// The money that moved, from the finance tables, in its original currency with the rate's date as IATI value-date:
/// <list type="bullet">
/// <item>ODA / loan disbursements (giải ngân: money paid out on the activity, counterpart funds included) are
/// transaction type 3, Disbursement.</item>
/// <item>NGO receipts (tiếp nhận) are type 1, Incoming Funds, with the donor as provider-org: the reporting organisation
/// (the provincial people's committee) RECEIVES that money from an external organisation for use in the activity. Type 3
/// would say the committee paid it out, and type 11 (Incoming Commitment) is a promise, not money.</item>
/// </list>
/// </summary>
public sealed class FinanceTransactionSource(IIatiQueries queries) : IIatiTransactionSource
{
    public const int IncomingFunds = 1;
    public const int Disbursement = 3;

    public async Task<IReadOnlyList<IatiTransaction>> TransactionsAsync(IReadOnlyList<Project> projects, CancellationToken cancellationToken = default)
    {
        var oda = projects.Where(p => p.Kind is ProjectKind.Oda or ProjectKind.ConcessionalLoan).Select(p => p.Id).ToList();
        var ngo = projects.Where(p => p.Kind == ProjectKind.NgoAid).ToDictionary(p => p.Id);
        var result = new List<IatiTransaction>();
        if (oda.Count > 0)
        {
            result.AddRange((await queries.DisbursementsAsync(oda, cancellationToken)).Select(d => new IatiTransaction(
                d.ProjectId, Disbursement, d.Date, d.Amount, d.Currency, Describe(SourceName(d.Source), d.Reference), d.RateDate)));
        }
        if (ngo.Count > 0)
        {
            result.AddRange((await queries.ReceiptsAsync([.. ngo.Keys], cancellationToken)).Select(r => new IatiTransaction(
                r.ProjectId, IncomingFunds, r.Date, r.Amount, r.Currency, Describe("Tiếp nhận viện trợ", r.Reference), r.RateDate,
                ngo[r.ProjectId].DonorCode)));
        }
        return result;
    }

    private static string SourceName(DisbursementSource source) => source switch
    {
        DisbursementSource.Oda => "Giải ngân vốn ODA",
        DisbursementSource.Loan => "Giải ngân vốn vay ưu đãi",
        _ => "Giải ngân vốn đối ứng",
    };

    private static string Describe(string what, string? reference) => reference is { Length: > 0 } r ? $"{what} ({r})" : what;
}
