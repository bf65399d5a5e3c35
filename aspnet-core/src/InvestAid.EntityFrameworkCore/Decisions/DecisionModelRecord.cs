namespace InvestAid.EntityFrameworkCore.Decisions;

/// <summary>One uploaded version of a DMN file (key = its definitions id); immutable once published.</summary>
public sealed class DecisionModelRecord
{
    public Guid Id { get; set; }
    public string Key { get; set; } = "";
    public int Version { get; set; }
    public string Status { get; set; } = "";
    public string? Name { get; set; }

    /// <summary>The ids of the file's decisions, which business rule tasks name in camunda:decisionRef.</summary>
    public string[] DecisionKeys { get; set; } = [];

    public string Xml { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
}
