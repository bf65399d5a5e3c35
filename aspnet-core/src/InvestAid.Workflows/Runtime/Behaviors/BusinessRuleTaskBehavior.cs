using System.Text.Json.Nodes;
using InvestAid.Workflows.Bpmn;
using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Workflows.Runtime.Behaviors;

/// <summary>
/// Evaluates the task's DMN decision over the variables (plus its input parameters), maps the rows as
/// camunda:mapDecisionResult says into camunda:resultVariable, and keeps the evaluation in the history entry.
/// </summary>
internal sealed class BusinessRuleTaskBehavior(IDecisionEvaluator? decisions) : ActivityBehavior<BusinessRuleTask>
{
    protected override async Task ExecuteAsync(RunContext context, Token token, BusinessRuleTask node)
    {
        if (decisions is null)
        {
            throw new DecisionTaskException(node.Id, "no decision engine is configured.");
        }

        // The task's input parameters are its local variables, so the scope has them.
        var variables = context.Scope();

        var outcome = await decisions.EvaluateAsync(
            new DecisionRequest(node.Id, node.DecisionRef, node.Binding, node.Version, context.Instance.DefinitionKey, context.Instance.DefinitionVersion, variables),
            context.CancellationToken);
        var result = Map(node, outcome.Rows);
        if (node.ResultVariable is { } name)
        {
            context.Instance.Variables[name] = result;
        }

        if (context.Instance.History.Find(h => h.Id == token.HistoryId) is { } entry)
        {
            entry.Decision = (JsonObject)outcome.Record.DeepClone();
            entry.Decision["resultVariable"] = node.ResultVariable;
            entry.Decision["mapDecisionResult"] = node.Mapping.ToString();
        }

        context.Leave(token, node);
    }

    private static JsonNode? Map(BusinessRuleTask node, IReadOnlyList<JsonObject> rows)
    {
        switch (node.Mapping)
        {
            case DecisionResultMapping.SingleEntry:
                if (rows.Count > 1 || rows.Any(r => r.Count > 1))
                {
                    throw new DecisionTaskException(node.Id, $"mapDecisionResult singleEntry needs at most one row with one output; the decision '{node.DecisionRef}' gave {Describe(rows)}.");
                }

                return rows.Count == 0 ? null : rows[0].Select(p => p.Value).FirstOrDefault()?.DeepClone();
            case DecisionResultMapping.SingleResult:
                return rows.Count > 1
                    ? throw new DecisionTaskException(node.Id, $"mapDecisionResult singleResult needs at most one row; the decision '{node.DecisionRef}' gave {Describe(rows)}.")
                    : rows.Count == 0 ? null : rows[0].DeepClone();
            case DecisionResultMapping.CollectEntries:
                if (rows.Any(r => r.Count > 1))
                {
                    throw new DecisionTaskException(node.Id, $"mapDecisionResult collectEntries needs one output; the decision '{node.DecisionRef}' gave {Describe(rows)}.");
                }

                return new JsonArray([.. rows.Select(r => r.Select(p => p.Value).FirstOrDefault()?.DeepClone())]);
            default:
                return new JsonArray([.. rows.Select(r => (JsonNode)r.DeepClone())]);
        }
    }

    private static string Describe(IReadOnlyList<JsonObject> rows) => new JsonArray([.. rows.Select(r => (JsonNode)r.DeepClone())]).ToJsonString();
}
