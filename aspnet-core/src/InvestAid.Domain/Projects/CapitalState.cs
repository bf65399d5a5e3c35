namespace InvestAid.Projects;

/// <summary>An FDI project's capital position on one day.</summary>
public sealed record CapitalState(bool IsRegistered, DateOnly? TerminatedOn, decimal RegisteredCapitalUsd, decimal RegisteredCapitalVnd)
{
    public bool IsValid => IsRegistered && TerminatedOn is null;
}
