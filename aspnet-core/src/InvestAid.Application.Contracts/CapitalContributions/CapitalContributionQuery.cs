namespace InvestAid.CapitalContributions;

public sealed record CapitalContributionQuery
{
    public string? Country { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Q { get; init; }
    public int? Page { get; init; }
    public int? PageSize { get; init; }

    public int PageNumber => Page ?? 1;
    public int Size => PageSize ?? 20;
}
