using Jint;

namespace InvestAid.Workflows.Scripting;

/// <summary>Turns every way a sandboxed script can fail into a <see cref="ScriptException"/> naming the element.</summary>
internal static class ScriptFailure
{
    public static T Guard<T>(string elementId, Func<T> evaluate)
    {
        try
        {
            return evaluate();
        }
        catch (Exception ex) when (ex is JintException or TimeoutException or Acornima.ParseErrorException or ScriptPreparationException or System.Text.Json.JsonException)
        {
            throw new ScriptException(elementId, ex.Message, ex);
        }
    }
}
