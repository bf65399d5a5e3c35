using InvestAid.Common;
using InvestAid.Projects;
using Riok.Mapperly.Abstractions;

namespace InvestAid.CapitalContributions;

/// <summary>Compile-time mapping of capital contribution notices to their DTOs.</summary>
[Mapper]
public static partial class CapitalContributionMapper
{
    /// <summary>The notice as answered; <paramref name="project"/> names its linked project (null when there is none or it is not loaded).</summary>
    public static CapitalContributionDto ToDto(this CapitalContribution c, Project? project = null) =>
        c.ToDto(project?.Code, project?.NameVi, project?.NameEn);

    /// <summary>The notice with its linked project's code and names; they stay empty when the notice has no project.</summary>
    public static CapitalContributionDto ToDto(this CapitalContribution c, string? projectCode, string? projectNameVi, string? projectNameEn) =>
        c.ProjectId is null ? Map(c, null, null, null) : Map(c, projectCode, projectNameVi, projectNameEn);

    [MapProperty(nameof(CapitalContribution.ConcurrencyToken), nameof(CapitalContributionDto.Version), Use = nameof(FormatVersion))]
    private static partial CapitalContributionDto Map(CapitalContribution contribution, string? projectCode, string? projectNameVi, string? projectNameEn);

    private static string FormatVersion(uint token) => RecordVersion.Format(token);
}
