namespace InvestAid.Projects;

/// <summary>Filters, search and paging of the project list. Dates filter on <c>RegisteredOn</c>.</summary>
public sealed record ProjectQuery
{
    public ProjectKind? Kind { get; init; }
    public ProjectStatus? Status { get; init; }
    public string? Donor { get; init; }
    public string? Country { get; init; }
    public string? Sector { get; init; }
    public string? Commune { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Q { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = ProjectConsts.DefaultPageSize;
    /// <summary>A field name, <c>-</c> in front for descending: code, nameVi, registeredOn, registeredCapitalUsd, status, updatedAt.</summary>
    public string? Sort { get; init; }
}
