namespace InvestAid.Workflows.Runtime.State;

/// <summary>One execution of one element: what ran, when, who acted and what they decided.</summary>
public sealed class HistoryEntry
{
    public string Id { get; set; } = "";
    public string ActivityId { get; set; } = "";
    public string ActivityType { get; set; } = "";
    public string? TaskId { get; set; }
    public DateTimeOffset Started { get; set; }
    public DateTimeOffset? Ended { get; set; }
    public string? Actor { get; set; }
    public string? Outcome { get; set; }
    public string? Comment { get; set; }

    /// <summary>A business rule task's evaluation: decision, inputs, matched rules and outputs.</summary>
    public System.Text.Json.Nodes.JsonObject? Decision { get; set; }
}
