using System.Text.Json.Nodes;
using InvestAid.Decisions.Feel;

namespace InvestAid.Decisions.Dmn;

/// <summary>
/// Evaluates a decision of a <see cref="DecisionModel"/> over variables: its required decisions first (each once),
/// whose results it reads by the decision's name (and, for a single row, by each output's name, as Camunda does).
/// Pure: no state, safe on any thread.
/// </summary>
public static class DecisionEvaluator
{
    /// <exception cref="DecisionNotFoundException">The model has no such decision.</exception>
    /// <exception cref="DecisionEvaluationException">The table gives no valid result (UNIQUE or ANY violated).</exception>
    public static DecisionResult Evaluate(DecisionModel model, string decisionId, IReadOnlyDictionary<string, object?> variables)
    {
        var decision = model.Get(decisionId);
        var values = variables.ToDictionary(p => p.Key, p => FeelValues.From(p.Value));
        var trace = new List<DecisionTrace>();
        var done = new Dictionary<string, List<IReadOnlyDictionary<string, object?>>>();
        var rows = Run(model, decision, values, trace, done);
        return new DecisionResult(decision.Id, decision.Name, rows, trace);
    }

    public static DecisionResult Evaluate(DecisionModel model, string decisionId, JsonObject variables) =>
        Evaluate(model, decisionId, variables.ToDictionary(p => p.Key, p => FeelValues.FromJson(p.Value)));

    private static List<IReadOnlyDictionary<string, object?>> Run(
        DecisionModel model, Decision decision, Dictionary<string, object?> variables, List<DecisionTrace> trace,
        Dictionary<string, List<IReadOnlyDictionary<string, object?>>> done)
    {
        if (done.TryGetValue(decision.Id, out var known))
        {
            return known;
        }

        var names = new Dictionary<string, object?>(variables);
        foreach (var requiredId in decision.RequiredDecisions)
        {
            var required = model.Get(requiredId);
            var requiredRows = Run(model, required, variables, trace, done);
            Bind(names, required, requiredRows);
        }

        var scope = new FeelScope(names);
        var rows = decision.Table is { } table ? RunTable(decision, table, scope, trace) : RunLiteral(decision, scope, trace);
        done[decision.Id] = rows;
        return rows;
    }

    private static void Bind(Dictionary<string, object?> names, Decision required, List<IReadOnlyDictionary<string, object?>> rows)
    {
        object? Of(IReadOnlyDictionary<string, object?> row) => row.Count == 1 ? row.Values.First() : row.ToDictionary(p => p.Key, p => p.Value);
        var hitPolicy = required.Table?.HitPolicy;
        var many = hitPolicy is HitPolicy.Collect or HitPolicy.RuleOrder or HitPolicy.OutputOrder && required.Table!.Aggregation == CollectAggregation.None;
        names[required.VariableName] = many ? rows.Select(Of).ToList() : rows.Count == 0 ? null : Of(rows[0]);
        var outputNames = rows.SelectMany(r => r.Keys).Distinct().ToList();
        foreach (var output in outputNames.Where(n => n.Length > 0 && n != required.VariableName))
        {
            names[output] = many ? rows.Select(r => r.GetValueOrDefault(output)).ToList() : rows.Count == 0 ? null : rows[0].GetValueOrDefault(output);
        }
    }

    private static List<IReadOnlyDictionary<string, object?>> RunLiteral(Decision decision, FeelScope scope, List<DecisionTrace> trace)
    {
        var value = Convert(decision.Literal!.Evaluate(scope), decision.TypeRef);
        var rows = new List<IReadOnlyDictionary<string, object?>> { new Dictionary<string, object?> { [decision.VariableName] = value } };
        trace.Add(new DecisionTrace(decision.Id, decision.Name, null, [], [], new JsonArray(DecisionResult.Row(rows[0]))));
        return rows;
    }

    private static List<IReadOnlyDictionary<string, object?>> RunTable(Decision decision, DecisionTable table, FeelScope scope, List<DecisionTrace> trace)
    {
        var inputs = new object?[table.Inputs.Count];
        var inputScopes = new FeelScope[table.Inputs.Count];
        for (var i = 0; i < inputs.Length; i++)
        {
            var input = table.Inputs[i];
            inputs[i] = Convert(input.Expression.Evaluate(scope), input.TypeRef);
            inputScopes[i] = new FeelScope(new Dictionary<string, object?> { [input.InputVariable] = inputs[i] }, scope);
        }

        var matched = new List<DecisionRule>();
        foreach (var rule in table.Rules)
        {
            var all = true;
            for (var i = 0; i < inputs.Length && all; i++)
            {
                var test = rule.InputEntries[i];
                all = test.MatchesAnything || test.Matches(inputs[i], inputScopes[i]);
            }

            if (all)
            {
                matched.Add(rule);
            }
        }

        // Output entries read the inputs as the table typed them (a JSON string "2500" under typeRef number is 2500).
        var typed = new Dictionary<string, object?>();
        for (var i = 0; i < inputs.Length; i++)
        {
            if (table.Inputs[i].Expression.SimpleName is { } name)
            {
                typed[name] = inputs[i];
            }
        }

        var outputScope = typed.Count == 0 ? scope : new FeelScope(typed, scope);
        var hits = new List<DecisionRule>();
        var rows = Apply(decision, table, matched, outputScope, inputs, hits);
        trace.Add(new DecisionTrace(
            decision.Id, decision.Name, table.HitPolicy.ToString().ToUpperInvariant() + (table.Aggregation == CollectAggregation.None ? "" : " " + table.Aggregation.ToString().ToUpperInvariant()),
            [.. table.Inputs.Select((input, i) => new EvaluatedInput(input.Id, input.Label, input.Expression.Text, FeelValues.ToJson(inputs[i])))],
            [.. hits.Select(r => new MatchedRule(r.Id, r.Index, r.Description))],
            new JsonArray([.. rows.Select(r => (JsonNode)DecisionResult.Row(r))])));
        return rows;
    }

    private static List<IReadOnlyDictionary<string, object?>> Apply(
        Decision decision, DecisionTable table, List<DecisionRule> matched, FeelScope scope, object?[] inputs, List<DecisionRule> hits)
    {
        // The rules that give the result: all matches, except where the hit policy picks one.
        hits.AddRange(table.HitPolicy is HitPolicy.First or HitPolicy.Any ? matched.Take(1) : matched);
        switch (table.HitPolicy)
        {
            case HitPolicy.Unique:
                if (matched.Count > 1)
                {
                    throw new DecisionEvaluationException(decision.Id,
                        $"hit policy UNIQUE, but rules {string.Join(", ", matched.Select(r => $"'{r.Id}' (#{r.Index})"))} all match {DescribeInputs(table, inputs)}.");
                }

                return matched.Count == 1 ? [Outputs(table, matched[0], scope)]
                    : Defaults(table, scope) is { } uniqueDefaults ? [uniqueDefaults]
                    : throw new DecisionEvaluationException(decision.Id, $"hit policy UNIQUE, but no rule matches {DescribeInputs(table, inputs)}.");
            case HitPolicy.Any:
            {
                var rows = matched.Select(r => Outputs(table, r, scope)).ToList();
                if (rows.Skip(1).FirstOrDefault(r => !SameRow(r, rows[0])) is not null)
                {
                    throw new DecisionEvaluationException(decision.Id,
                        $"hit policy ANY, but the matching rules {string.Join(", ", matched.Select(r => $"'{r.Id}'"))} give different outputs for {DescribeInputs(table, inputs)}.");
                }

                return rows.Count > 0 ? [rows[0]] : Defaults(table, scope) is { } anyDefaults ? [anyDefaults] : [];
            }

            case HitPolicy.First:
                return matched.Count > 0 ? [Outputs(table, matched[0], scope)] : Defaults(table, scope) is { } firstDefaults ? [firstDefaults] : [];
            case HitPolicy.Priority:
            {
                var rows = ByPriority(table, matched, scope, hits);
                return rows.Count > 0 ? [rows[0]] : Defaults(table, scope) is { } priorityDefaults ? [priorityDefaults] : [];
            }

            case HitPolicy.OutputOrder:
                return ByPriority(table, matched, scope, hits);
            case HitPolicy.RuleOrder:
                return [.. matched.Select(r => Outputs(table, r, scope))];
            case HitPolicy.Collect:
            default:
            {
                var rows = matched.Select(r => Outputs(table, r, scope)).ToList();
                return table.Aggregation == CollectAggregation.None ? rows : Aggregate(decision, table, rows);
            }
        }
    }

    // C#: the number of matched outputs that are not null; C+, C<, C>: over the non-null numbers (or
    // comparable values for min and max); no match gives no row, except C# which gives 0.
    private static List<IReadOnlyDictionary<string, object?>> Aggregate(Decision decision, DecisionTable table, List<IReadOnlyDictionary<string, object?>> rows)
    {
        var output = table.Outputs[0];
        var values = rows.Select(r => r[output.Name]).Where(v => v is not null).ToList();
        if (table.Aggregation == CollectAggregation.Count)
        {
            return [new Dictionary<string, object?> { [output.Name] = (decimal)values.Count }];
        }

        if (values.Count == 0)
        {
            return [];
        }

        object? result;
        switch (table.Aggregation)
        {
            case CollectAggregation.Sum:
                if (values.Any(v => v is not decimal))
                {
                    throw new DecisionEvaluationException(decision.Id, $"COLLECT SUM needs numbers, but output '{output.Name}' gave {string.Join(", ", values.Select(FeelValues.Describe))}.");
                }

                result = values.Sum(v => (decimal)v!);
                break;
            default:
                result = values[0];
                foreach (var v in values.Skip(1))
                {
                    var c = FeelValues.Compare(v, result)
                        ?? throw new DecisionEvaluationException(decision.Id, $"COLLECT {table.Aggregation.ToString().ToUpperInvariant()} cannot compare {FeelValues.Describe(v)} with {FeelValues.Describe(result)}.");
                    if (table.Aggregation == CollectAggregation.Min ? c < 0 : c > 0)
                    {
                        result = v;
                    }
                }

                break;
        }

        return [new Dictionary<string, object?> { [output.Name] = result }];
    }

    private static List<IReadOnlyDictionary<string, object?>> ByPriority(DecisionTable table, List<DecisionRule> matched, FeelScope scope, List<DecisionRule> hits)
    {
        var rows = matched.Select(r => (Rule: r, Row: Outputs(table, r, scope))).ToList();
        // A stable sort: rules of equal priority keep their order.
        var sorted = rows.OrderBy(r => r, Comparer<(DecisionRule Rule, IReadOnlyDictionary<string, object?> Row)>.Create((a, b) =>
        {
            foreach (var output in table.Outputs.Where(o => o.Priorities.Count > 0))
            {
                var c = Rank(output, a.Row[output.Name]).CompareTo(Rank(output, b.Row[output.Name]));
                if (c != 0)
                {
                    return c;
                }
            }

            return a.Rule.Index.CompareTo(b.Rule.Index);
        })).ToList();
        hits.Clear();
        hits.AddRange(table.HitPolicy == HitPolicy.Priority ? sorted.Take(1).Select(r => r.Rule) : sorted.Select(r => r.Rule));
        return [.. sorted.Select(r => r.Row)];
    }

    private static int Rank(DecisionOutput output, object? value)
    {
        for (var i = 0; i < output.Priorities.Count; i++)
        {
            if (FeelValues.Equal(output.Priorities[i], value) == true)
            {
                return i;
            }
        }

        return output.Priorities.Count;
    }

    private static IReadOnlyDictionary<string, object?> Outputs(DecisionTable table, DecisionRule rule, FeelScope scope)
    {
        var row = new Dictionary<string, object?>(table.Outputs.Count);
        for (var i = 0; i < table.Outputs.Count; i++)
        {
            var output = table.Outputs[i];
            row[output.Name] = Convert(rule.OutputEntries[i]?.Evaluate(scope), output.TypeRef);
        }

        return row;
    }

    private static Dictionary<string, object?>? Defaults(DecisionTable table, FeelScope scope) =>
        table.Outputs.Any(o => o.Default is not null)
            ? table.Outputs.ToDictionary(o => o.Name, o => Convert(o.Default?.Evaluate(scope), o.TypeRef))
            : null;

    private static bool SameRow(IReadOnlyDictionary<string, object?> a, IReadOnlyDictionary<string, object?> b) =>
        a.All(p => FeelValues.Equal(p.Value, b.GetValueOrDefault(p.Key)) == true);

    private static string DescribeInputs(DecisionTable table, object?[] inputs) =>
        table.Inputs.Count == 0 ? "(no inputs)" : string.Join(", ", table.Inputs.Select((input, i) => $"{input.Label ?? input.Expression.Text} = {FeelValues.Describe(inputs[i])}"));

    // typeRef: a string variable holding a number or a date, as JSON often carries them, is read as its type.
    private static object? Convert(object? value, string? typeRef)
    {
        if (value is not string s || typeRef is null)
        {
            return value;
        }

        return typeRef.Trim().ToLowerInvariant() switch
        {
            "number" or "integer" or "long" or "double" or "decimal" => decimal.TryParse(s, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : value,
            "date" => (object?)FeelValues.ParseDate(s) ?? value,
            "datetime" or "date and time" => (object?)FeelValues.ParseDateTime(s) ?? value,
            "boolean" => bool.TryParse(s, out var b) ? b : value,
            _ => value,
        };
    }
}
