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
    /// <summary>Page number from 1 (default 1).</summary>
    public int? Page { get; init; }
    /// <summary>Rows per page, at most 200 (default 20).</summary>
    public int? PageSize { get; init; }
    /// <summary>A field name, <c>-</c> in front for descending: code, nameVi, registeredOn, registeredCapitalUsd, status, updatedAt.</summary>
    public string? Sort { get; init; }

    public int PageNumber => Page ?? 1;
    public int Size => PageSize ?? ProjectConsts.DefaultPageSize;
}
