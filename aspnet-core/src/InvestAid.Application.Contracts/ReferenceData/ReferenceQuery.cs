namespace InvestAid.ReferenceData;

public sealed record ReferenceQuery
{
    public string? Q { get; init; }
    public string? Parent { get; init; }
    /// <summary>Only entries in force on this day.</summary>
    public DateOnly? On { get; init; }
    public bool? IncludeInactive { get; init; }
    public int? Page { get; init; }
    public int? PageSize { get; init; }

    public int PageNumber => Page ?? 1;
    public int Size => PageSize ?? 200;
}
