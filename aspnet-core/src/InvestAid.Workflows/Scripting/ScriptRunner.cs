using System.Text.Json.Nodes;

namespace InvestAid.Workflows.Scripting;

/// <summary>
/// Runs a script task. The script sees the variables as globals and sets variables through
/// <c>execution.setVariable(name, value)</c> or by returning an object; both are merged.
/// </summary>
public sealed class ScriptRunner(ScriptLimits limits)
{
    public JsonObject Run(string script, string elementId, JsonObject variables) =>
        ScriptFailure.Guard(elementId, () =>
        {
            var engine = JintSandbox.Create(limits, variables);
            // The script body runs inside a function so that a top-level `return {...}` is valid.
            var result = engine.Evaluate(
                "const __set = {};\n" +
                "const execution = Object.freeze({ setVariable: (n, v) => { __set[n] = v; }, getVariable: n => globalThis[n] });\n" +
                // A task listener's `task` answers Camunda's DelegateTask calls; setAssignee and setPriority are handed back as
                // __assignee and __priority.
                "if (typeof task === 'object' && task !== null) { Object.assign(task, {\n" +
                "  getVariable: n => (n in __set ? __set[n] : (globalThis[n] === undefined ? null : globalThis[n])), setVariable: (n, v) => { __set[n] = v; },\n" +
                "  getAssignee: () => task.assignee, setAssignee: a => { task.assignee = a; __set.__assignee = a; },\n" +
                "  getPriority: () => task.priority, setPriority: p => { task.priority = p; __set.__priority = p; },\n" +
                "  getDueDate: () => task.dueDate, getFollowUpDate: () => task.followUpDate,\n" +
                "  getId: () => task.id, getName: () => task.name, getTaskDefinitionKey: () => task.taskDefinitionKey }); }\n" +
                "const __returned = (function () {\n" + script + "\n})();\n" +
                "JSON.stringify(Object.assign(__set, (typeof __returned === 'object' && __returned !== null) ? __returned : {}));");
            return JintSandbox.FromJson(result) as JsonObject ?? [];
        });

    /// <summary>
    /// The value of a script (a <c>camunda:script</c> input or output parameter): the value of its last statement, as Camunda's
    /// script engines give it, and the variables it set. The script reads the variables as globals and through
    /// <c>execution.getVariable(name)</c>, and may set some with <c>execution.setVariable(name, value)</c>.
    /// </summary>
    public (JsonNode? Value, JsonObject Set) Evaluate(string script, string elementId, JsonObject variables) =>
        ScriptFailure.Guard(elementId, () =>
        {
            var engine = JintSandbox.Create(limits, variables);
            engine.Execute("const __set = {};\n" +
                "globalThis.execution = Object.freeze({ setVariable: (n, v) => { __set[n] = v; },\n" +
                "  getVariable: n => (n in __set ? __set[n] : (globalThis[n] === undefined ? null : globalThis[n])) });");
            engine.SetValue("__value", engine.Evaluate(script));
            var result = JintSandbox.FromJson(engine.Evaluate("JSON.stringify({ value: __value === undefined ? null : __value, set: __set })"))!.AsObject();
            return (result["value"]?.DeepClone(), result["set"]?.DeepClone() as JsonObject ?? []);
        });
}
