namespace InvestAid.Projects;

/// <summary>
/// Registers a project. For FDI, <see cref="RegisteredCapitalUsd"/> with the IRC's number and date
/// records the new-registration entry of the capital ledger at once.
/// </summary>
public sealed record CreateProjectRequest : ProjectInput
{
    public ProjectKind Kind { get; init; }
    public decimal? RegisteredCapitalUsd { get; init; }
    public decimal? RegisteredCapitalVnd { get; init; }
}
