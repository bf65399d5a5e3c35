using InvestAid.Decisions.Feel;

namespace InvestAid.Decisions.Dmn;

/// <summary>An input clause: the expression whose value the rules test (<c>camunda:inputVariable</c> names it in the cells).</summary>
public sealed record DecisionInput(string Id, string? Label, FeelExpression Expression, string? TypeRef, string InputVariable);

/// <summary>An output clause; <see cref="Priorities"/> are its output values, highest first (PRIORITY, OUTPUT ORDER).</summary>
public sealed record DecisionOutput(string Id, string Name, string? Label, string? TypeRef, IReadOnlyList<object?> Priorities, FeelExpression? Default);

/// <summary>One row: an input entry (unary tests) per input and an output entry (expression, null when empty) per output.</summary>
public sealed record DecisionRule(string Id, int Index, string? Description, IReadOnlyList<FeelUnaryTests> InputEntries, IReadOnlyList<FeelExpression?> OutputEntries, int Line);

public sealed record DecisionTable(
    HitPolicy HitPolicy, CollectAggregation Aggregation, IReadOnlyList<DecisionInput> Inputs, IReadOnlyList<DecisionOutput> Outputs, IReadOnlyList<DecisionRule> Rules);

/// <summary>
/// A decision of a DMN file: a decision table or a literal expression, reading the results of the decisions it
/// requires (its information requirements) by their names.
/// </summary>
public sealed record Decision(string Id, string Name, IReadOnlyList<string> RequiredDecisions, DecisionTable? Table, FeelExpression? Literal, string VariableName, string? TypeRef, int Line);

/// <summary>A parsed DMN file (its decision requirements graph). Immutable and shared by every evaluation.</summary>
public sealed record DecisionModel(string Id, string? Name, IReadOnlyDictionary<string, Decision> Decisions)
{
    public Decision Get(string decisionId) =>
        Decisions.TryGetValue(decisionId, out var decision) ? decision : throw new DecisionNotFoundException(decisionId);
}
