using Riok.Mapperly.Abstractions;

namespace InvestAid.Proposals;

/// <summary>
/// Compile-time mapping of change proposals and their settings to DTOs; the project's names, the changes as the reader sees them,
/// labels and the people's names come from the caller.
/// </summary>
[Mapper]
public static partial class ProposalMapper
{
    public static partial ProposalDto ToDto(this ChangeProposal proposal, string projectCode, string projectName, IReadOnlyList<ProposalFieldDto> changes,
        string? proposedByName, string? decidedByName);

    /// <summary>A kind's settings with the kind's labels and the name of who changed them last, which the caller looks up.</summary>
    public static partial ProposalKindSettingDto ToDto(this ProposalSetting setting, string labelVi, string labelEn, string? updatedByName);
}
