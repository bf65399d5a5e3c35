using InvestAid.Common;
using Microsoft.Extensions.Options;

namespace InvestAid.Proposals;

/// <summary>Decides whether the current user's edit of a kind is applied at once or held as a proposal.</summary>
public sealed class ProposalPolicy(ICurrentUser user, IOptionsMonitor<ProposalOptions> options)
{
    public bool MustPropose(string kind) => !ValidationAccess.IsDepartmentStaff(user) || options.CurrentValue.NeedsSecondPerson(kind);
}
