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
}
