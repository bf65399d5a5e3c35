using System.Globalization;
using System.Text.Json.Nodes;

namespace InvestAid.Reports;

/// <summary>
/// Compares two serialised figure sets number by number. Breakdown rows are matched by their code, not their
/// position, so a new partner country shows as its own figures rather than as a shift of every row.
/// </summary>
public static class FdiFigureComparer
{
    public static IReadOnlyList<FdiFigureDifference> Differences(string publishedJson, string recomputedJson)
    {
        var published = Flatten(JsonNode.Parse(publishedJson));
        var recomputed = Flatten(JsonNode.Parse(recomputedJson));
        var differences = new List<FdiFigureDifference>();
        foreach (var path in published.Keys.Union(recomputed.Keys).Order(StringComparer.Ordinal))
        {
            published.TryGetValue(path, out var before);
            recomputed.TryGetValue(path, out var after);
            if (before != after)
            {
                differences.Add(new FdiFigureDifference(path, before, after, (after ?? 0m) - (before ?? 0m)));
            }
        }
        return differences;
    }

    private static Dictionary<string, decimal?> Flatten(JsonNode? root)
    {
        var values = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        Walk(root, "", values);
        return values;
    }

    private static void Walk(JsonNode? node, string path, Dictionary<string, decimal?> values)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    Walk(child, path.Length == 0 ? name : $"{path}.{name}", values);
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var key = array[i] is JsonObject row && row.TryGetPropertyValue("code", out var code)
                        ? code?.GetValue<string>() ?? "-"
                        : i.ToString(CultureInfo.InvariantCulture);
                    Walk(array[i], $"{path}[{key}]", values);
                }
                break;
            case JsonValue value when value.TryGetValue<decimal>(out var number):
                values[path] = number;
                break;
            case null when path.Length > 0:
                // A change in % that is null (previous figure 0) is a figure too.
                values[path] = null;
                break;
        }
    }
}
