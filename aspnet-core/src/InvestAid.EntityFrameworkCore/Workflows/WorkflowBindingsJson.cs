using System.Text.Json;

namespace InvestAid.EntityFrameworkCore.Workflows;

/// <summary>The bindings column: a JSON object of element id → handler name (or <c>topic:&lt;name&gt;</c>), null when empty.</summary>
internal static class WorkflowBindingsJson
{
    public static IReadOnlyDictionary<string, string> Read(string? json) =>
        json is null ? new Dictionary<string, string>() : JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];

    public static string? Write(IReadOnlyDictionary<string, string> bindings) =>
        bindings.Count == 0 ? null : JsonSerializer.Serialize(bindings.OrderBy(b => b.Key, StringComparer.Ordinal).ToDictionary(b => b.Key, b => b.Value));
}
