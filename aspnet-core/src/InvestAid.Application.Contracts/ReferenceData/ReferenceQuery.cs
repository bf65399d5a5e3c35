namespace InvestAid.ReferenceData;

public sealed record ReferenceQuery
{
    public string? Q { get; init; }
    public string? Parent { get; init; }
    /// <summary>Only entries in force on this day.</summary>
    public DateOnly? On { get; init; }
    public bool IncludeInactive { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 200;
}
