using System.Text.Json.Nodes;

namespace InvestAid.Decisions;

/// <summary>The rows of a decision (output name → value) and the record of each decision evaluated: inputs, matched rules, outputs.</summary>
public sealed record DecisionEvaluationDto(string DecisionKey, string? ModelKey, int? Version, JsonArray Result, JsonArray Evaluated);
