using Jint;
using System.Text.Json.Nodes;

namespace InvestAid.Workflows.Scripting;

/// <summary>
/// Evaluates <c>${...}</c> expressions (Camunda's JUEL look, JavaScript semantics) over the
/// instance variables. Text without <c>${</c> is a literal and returned as is.
/// </summary>
public sealed class ExpressionEvaluator(ScriptLimits limits, TimeProvider? time = null)
{
    public static bool IsExpression(string text) => (text.StartsWith("${", StringComparison.Ordinal) || text.StartsWith("#{", StringComparison.Ordinal)) && text.EndsWith('}');

    public bool EvaluateCondition(string expression, string elementId, JsonObject scope) =>
        ScriptFailure.Guard(elementId, () =>
            JintSandbox.Create(limits, scope, expression: true, (time ?? TimeProvider.System).GetUtcNow()).Evaluate($"!!({Body(expression)}\n)").AsBoolean());

    public JsonNode? Evaluate(string text, string elementId, JsonObject scope)
    {
        if (!IsExpression(text))
        {
            return JsonValue.Create(text);
        }

        return ScriptFailure.Guard(elementId, () =>
            JintSandbox.FromJson(JintSandbox.Create(limits, scope, expression: true, (time ?? TimeProvider.System).GetUtcNow()).Evaluate($"JSON.stringify({Body(text)}\n)")));
    }

    private static string Body(string expression) => Juel.ToJavaScript(IsExpression(expression) ? expression[2..^1] : expression);
}
