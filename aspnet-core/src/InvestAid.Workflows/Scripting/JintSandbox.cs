using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Jint;
using Jint.Native;

namespace InvestAid.Workflows.Scripting;

/// <summary>
/// Creates a fresh, limited Jint engine per evaluation with the variables as globals. There is
/// deliberately no AllowClr: values cross the boundary only as JSON text, so a script can reach
/// no .NET type, file or socket.
/// </summary>
internal static partial class JintSandbox
{
    public static Engine Create(ScriptLimits limits, JsonObject scope)
    {
        var engine = new Engine(options => options
            .TimeoutInterval(limits.Timeout)
            .LimitMemory(limits.MemoryBytes)
            .LimitRecursion(limits.RecursionDepth)
            .MaxStatements(limits.MaxStatements)
            .Strict());

        engine.SetValue("__scope", scope.ToJsonString());
        var values = engine.Evaluate("JSON.parse(__scope)").AsObject();
        foreach (var (name, _) in scope)
        {
            if (Identifier().IsMatch(name))
            {
                engine.SetValue(name, values.Get(name));
            }
        }

        engine.SetValue("__scope", JsValue.Undefined);
        return engine;
    }

    /// <summary>Reads a JSON text produced by JSON.stringify back into a node (undefined → null).</summary>
    public static JsonNode? FromJson(JsValue json) => json.IsString() ? JsonNode.Parse(json.AsString()) : null;

    [GeneratedRegex("^[A-Za-z_$][A-Za-z0-9_$]*$")]
    private static partial Regex Identifier();
}
