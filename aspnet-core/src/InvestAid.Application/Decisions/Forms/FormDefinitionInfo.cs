namespace InvestAid.Decisions.Forms;

/// <summary>A stored form version, without its schema.</summary>
public sealed record FormDefinitionInfo(
    string Key, int Version, string Status, string? Name, string FileName, IReadOnlyList<string> FieldKeys, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt);
