using InvestAid.Projects;
using InvestAid.ReferenceData;

namespace InvestAid.Iati;

public interface IIatiQueries
{
    /// <summary>Aid projects of the kinds in force during the period: registered (agreement / approval) by its end, not ended before its start; drafts and rejected ones left out.</summary>
    Task<IReadOnlyList<Project>> AidProjectsAsync(IReadOnlyList<ProjectKind> kinds, DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    /// <summary>The donors, agencies and DAC codes the activities name.</summary>
    Task<IReadOnlyList<ReferenceItem>> ReferenceItemsAsync(CancellationToken cancellationToken = default);
}
