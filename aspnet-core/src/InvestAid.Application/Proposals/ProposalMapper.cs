using Riok.Mapperly.Abstractions;

namespace InvestAid.Proposals;

/// <summary>
/// Compile-time mapping of change proposals to their DTOs; the project's names, the changes as the reader sees them and the people's
/// names come from the caller.
/// </summary>
[Mapper]
public static partial class ProposalMapper
{
    public static partial ProposalDto ToDto(this ChangeProposal proposal, string projectCode, string projectName, IReadOnlyList<ProposalFieldDto> changes,
        string? proposedByName, string? decidedByName);
}
