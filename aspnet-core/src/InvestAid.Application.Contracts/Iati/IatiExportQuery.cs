namespace InvestAid.Iati;

/// <summary><c>kind</c>: <c>oda</c> (ODA and concessional loans) or <c>ngo</c>; <c>year</c>: the activities in force in that year.</summary>
public sealed record IatiExportQuery
{
    public string? Kind { get; init; }
    public int? Year { get; init; }
}
