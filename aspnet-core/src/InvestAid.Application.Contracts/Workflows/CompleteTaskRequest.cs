using System.Text.Json;

namespace InvestAid.Workflows;

public sealed record CompleteTaskRequest(string? Outcome, string? Comment, Dictionary<string, JsonElement>? Variables = null);
