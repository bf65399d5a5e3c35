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
    // What a Camunda (JUEL) expression may call that JavaScript lacks: execution.getVariable and Java's String methods.
    private const string ExpressionPrelude = """
        if (typeof execution === 'undefined') {
          globalThis.execution = Object.freeze({
            getVariable: n => (Object.prototype.hasOwnProperty.call(__vars, n) ? __vars[n] : null),
            hasVariable: n => Object.prototype.hasOwnProperty.call(__vars, n),
            getVariables: () => __vars,
          });
        }
        String.prototype.equals = function (o) { return String(this) === o; };
        String.prototype.equalsIgnoreCase = function (o) { return o != null && String(this).toLowerCase() === String(o).toLowerCase(); };
        String.prototype.contains = function (o) { return String(this).includes(o); };
        String.prototype.isEmpty = function () { return this.length === 0; };
        String.prototype.matches = function (r) { return new RegExp('^(?:' + r + ')$').test(String(this)); };
        String.prototype.length$ = function () { return this.length; };
        // Camunda's built-in expression functions: now() is a Date, dateTime() a Joda DateTime (plus/minus, toDate()).
        if (typeof now === 'undefined') { globalThis.now = () => new Date(__nowMs); }
        if (typeof dateTime === 'undefined') {
          const shift = (t, set) => { const d = new Date(t); set(d); return d.getTime(); };
          const at = t => Object.freeze({
            plusYears: n => at(shift(t, d => d.setUTCFullYear(d.getUTCFullYear() + n))),
            plusMonths: n => at(shift(t, d => d.setUTCMonth(d.getUTCMonth() + n))),
            plusWeeks: n => at(t + n * 604800000), plusDays: n => at(t + n * 86400000),
            plusHours: n => at(t + n * 3600000), plusMinutes: n => at(t + n * 60000), plusSeconds: n => at(t + n * 1000),
            minusYears: n => at(shift(t, d => d.setUTCFullYear(d.getUTCFullYear() - n))),
            minusMonths: n => at(shift(t, d => d.setUTCMonth(d.getUTCMonth() - n))),
            minusWeeks: n => at(t - n * 604800000), minusDays: n => at(t - n * 86400000),
            minusHours: n => at(t - n * 3600000), minusMinutes: n => at(t - n * 60000), minusSeconds: n => at(t - n * 1000),
            toDate: () => new Date(t), getMillis: () => t, toJSON: () => new Date(t).toISOString(),
          });
          globalThis.dateTime = () => at(__nowMs);
        }
        globalThis.__empty = v => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && Object.keys(v).length === 0);
        """;

    public static Engine Create(ScriptLimits limits, JsonObject scope, bool expression, DateTimeOffset? now = null)
    {
        var engine = Create(limits, scope);
        if (expression)
        {
            // now() and dateTime() read the engine's clock, not the machine's.
            engine.SetValue("__nowMs", (double)(now ?? DateTimeOffset.UtcNow).ToUnixTimeMilliseconds());
            engine.Execute(ExpressionPrelude);
        }

        return engine;
    }

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
        engine.SetValue("__vars", values);
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
