using System.Security;
using System.Text;

namespace InvestAid.Decisions;

/// <summary>Writes small DMN 1.3 files for tests, the way dmn-js lays them out.</summary>
internal static class DmnText
{
    public const string Namespace = "https://www.omg.org/spec/DMN/20191111/MODEL/";

    public static string Table(string hitPolicy, string[] inputs, string[] outputs, string[][] rules, string? aggregation = null, string decisionId = "d", string[]? outputValues = null)
    {
        var xml = new StringBuilder();
        xml.Append($"<decisionTable id=\"{decisionId}_table\" hitPolicy=\"{hitPolicy}\"{(aggregation is null ? "" : $" aggregation=\"{aggregation}\"")}>\n");
        for (var i = 0; i < inputs.Length; i++)
        {
            xml.Append($"  <input id=\"{decisionId}_in{i + 1}\" label=\"{inputs[i]}\"><inputExpression typeRef=\"{(inputs[i].Contains("kind") ? "string" : "number")}\"><text>{Esc(inputs[i])}</text></inputExpression></input>\n");
        }

        for (var i = 0; i < outputs.Length; i++)
        {
            var values = i == 0 && outputValues is not null ? $"<outputValues><text>{Esc(string.Join(",", outputValues))}</text></outputValues>" : "";
            xml.Append($"  <output id=\"{decisionId}_out{i + 1}\" name=\"{outputs[i]}\">{values}</output>\n");
        }

        for (var r = 0; r < rules.Length; r++)
        {
            xml.Append($"  <rule id=\"{decisionId}_r{r + 1}\">");
            for (var c = 0; c < rules[r].Length; c++)
            {
                xml.Append(c < inputs.Length ? $"<inputEntry><text>{Esc(rules[r][c])}</text></inputEntry>" : $"<outputEntry><text>{Esc(rules[r][c])}</text></outputEntry>");
            }

            xml.Append("</rule>\n");
        }

        xml.Append("</decisionTable>");
        return File($"<decision id=\"{decisionId}\" name=\"{decisionId}\">{xml}</decision>");
    }

    public static string File(string decisions) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<definitions xmlns=\"{Namespace}\" xmlns:camunda=\"http://camunda.org/schema/1.0/dmn\" id=\"defs\" name=\"Test\" namespace=\"http://investaid.vn/dmn\">\n{decisions}\n</definitions>";

    public static string Esc(string text) => SecurityElement.Escape(text);
}
