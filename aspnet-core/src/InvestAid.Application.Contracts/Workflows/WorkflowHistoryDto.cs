namespace InvestAid.Workflows;

/// <summary>One step of an instance's history; <see cref="ActivityName"/> is the step's name in the request's language.</summary>
public sealed record WorkflowHistoryDto(
    string ActivityId, string ActivityType, string? TaskId, DateTimeOffset Started, DateTimeOffset? Ended,
    string? Actor, string? Outcome, string? Comment, System.Text.Json.Nodes.JsonObject? Decision = null,
    string? ActivityName = null);
