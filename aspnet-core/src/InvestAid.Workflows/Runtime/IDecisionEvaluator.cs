using System.Text.Json.Nodes;
using InvestAid.Workflows.Bpmn;

namespace InvestAid.Workflows.Runtime;

/// <summary>What a business rule task asks for: a decision by key and binding, evaluated over the variables.</summary>
public sealed record DecisionRequest(
    string ElementId, string DecisionKey, DecisionBinding Binding, int? Version, string ProcessKey, int ProcessVersion, JsonObject Variables);

/// <summary>
/// The decision's rows (output name → value) and the record of its evaluation (inputs, matched rules, outputs)
/// kept in the instance history.
/// </summary>
public sealed record DecisionOutcome(IReadOnlyList<JsonObject> Rows, JsonObject Record);

/// <summary>Evaluates DMN decisions for business rule tasks; the application supplies it (the engine knows no DMN).</summary>
public interface IDecisionEvaluator
{
    /// <exception cref="DecisionTaskException">The decision does not exist or gives no valid result.</exception>
    Task<DecisionOutcome> EvaluateAsync(DecisionRequest request, CancellationToken cancellationToken);
}
