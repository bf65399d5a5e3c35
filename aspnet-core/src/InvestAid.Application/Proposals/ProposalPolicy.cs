using InvestAid.Common;

namespace InvestAid.Proposals;

/// <summary>Decides whether the current user's edit of a kind is applied at once or held as a proposal (the stored setting of the kind).</summary>
public sealed class ProposalPolicy(ICurrentUser user, ProposalSettingsAppService settings)
{
    public async Task<bool> MustProposeAsync(string kind, CancellationToken ct = default) =>
        !ValidationAccess.IsDepartmentStaff(user) || (await settings.CurrentAsync(ct))[kind].SecondPerson;
}
