using System.Text.Json.Nodes;
using InvestAid.Decisions.Feel;

namespace InvestAid.Decisions.Dmn;

/// <summary>An input value as the table saw it.</summary>
public sealed record EvaluatedInput(string Id, string? Label, string Expression, JsonNode? Value);

public sealed record MatchedRule(string Id, int Index, string? Description);

/// <summary>What one decision of the graph did: its inputs, the rules that matched and the outputs it gave.</summary>
public sealed record DecisionTrace(
    string DecisionId, string DecisionName, string? HitPolicy, IReadOnlyList<EvaluatedInput> Inputs, IReadOnlyList<MatchedRule> MatchedRules, JsonArray Outputs);

/// <summary>
/// The result of a decision: its rows (one per matched rule, or one aggregated row), each output name to its value,
/// and the trace of every decision evaluated on the way (required ones first).
/// </summary>
public sealed record DecisionResult(string DecisionId, string DecisionName, IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows, IReadOnlyList<DecisionTrace> Trace)
{
    /// <summary>The rows as JSON: [{"authority": "PPC", ...}, ...].</summary>
    public JsonArray RowsJson() => new([.. Rows.Select(Row)]);

    public static JsonObject Row(IReadOnlyDictionary<string, object?> row) => new(row.Select(p => KeyValuePair.Create(p.Key, FeelValues.ToJson(p.Value))));

    /// <summary>The trace as JSON, kept in the instance history.</summary>
    public JsonObject ToJson() => new()
    {
        ["decisionId"] = DecisionId,
        ["decisionName"] = DecisionName,
        ["result"] = RowsJson(),
        ["evaluated"] = new JsonArray([.. Trace.Select(t => (JsonNode)new JsonObject
        {
            ["decisionId"] = t.DecisionId,
            ["decisionName"] = t.DecisionName,
            ["hitPolicy"] = t.HitPolicy,
            ["inputs"] = new JsonArray([.. t.Inputs.Select(i => (JsonNode)new JsonObject
            {
                ["id"] = i.Id, ["label"] = i.Label, ["expression"] = i.Expression, ["value"] = i.Value?.DeepClone(),
            })]),
            ["matchedRules"] = new JsonArray([.. t.MatchedRules.Select(r => (JsonNode)new JsonObject
            {
                ["id"] = r.Id, ["index"] = r.Index, ["description"] = r.Description,
            })]),
            ["outputs"] = t.Outputs.DeepClone(),
        })]),
    };
}
