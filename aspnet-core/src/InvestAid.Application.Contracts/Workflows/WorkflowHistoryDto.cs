namespace InvestAid.Workflows;

public sealed record WorkflowHistoryDto(
    string ActivityId, string ActivityType, string? TaskId, DateTimeOffset Started, DateTimeOffset? Ended,
    string? Actor, string? Outcome, string? Comment, System.Text.Json.Nodes.JsonObject? Decision = null);
