namespace InvestAid.Decisions;

/// <summary>A stored DMN file version, without its XML.</summary>
public sealed record DecisionModelInfo(
    string Key, int Version, string Status, string? Name, IReadOnlyList<string> DecisionKeys, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt)
{
    public const string Draft = DeployedFile.Draft;
    public const string Published = DeployedFile.Published;
}
