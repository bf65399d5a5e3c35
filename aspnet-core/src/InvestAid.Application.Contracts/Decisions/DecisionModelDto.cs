namespace InvestAid.Decisions;

/// <summary>One uploaded version of a DMN file; <see cref="DecisionKeys"/> are the ids of its decisions.</summary>
public sealed record DecisionModelDto(
    string Key, int Version, string Status, string? Name, IReadOnlyList<string> DecisionKeys, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt);
