using System.Xml;
using System.Xml.Linq;
using InvestAid.Decisions.Feel;

namespace InvestAid.Decisions.Dmn;

/// <summary>
/// Reads a DMN 1.1–1.3 file (as Camunda Modeler and dmn-js write it) into a <see cref="DecisionModel"/>. Every
/// problem is collected, naming its element, and thrown at once; a model is returned only when it is whole.
/// </summary>
public static class DmnParser
{
    private static readonly HashSet<string> DmnNamespaces =
    [
        "https://www.omg.org/spec/DMN/20191111/MODEL/",
        "http://www.omg.org/spec/DMN/20180521/MODEL/",
        "http://www.omg.org/spec/DMN/20151101/dmn.xsd",
    ];

    public const string CamundaNamespace = "http://camunda.org/schema/1.0/dmn";

    /// <exception cref="DmnValidationException">The file is not a DMN model the engine runs.</exception>
    public static DecisionModel Parse(string xml)
    {
        XDocument document;
        try
        {
            // No DTD: entity expansion and external entities are refused outright.
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new DmnValidationException([new DmnValidationError(null, e.LineNumber, "The file is not well-formed XML: " + e.Message)]);
        }

        var errors = new List<DmnValidationError>();
        var root = document.Root!;
        if (root.Name.LocalName != "definitions" || !DmnNamespaces.Contains(root.Name.NamespaceName))
        {
            throw new DmnValidationException([new DmnValidationError(null, Line(root), "The root element must be definitions in the DMN 1.3 (or 1.2, 1.1) namespace.")]);
        }

        var ns = root.Name.Namespace;
        CheckLanguage(root.Attribute("expressionLanguage")?.Value, root.Attribute("id")?.Value, root, errors);
        var decisions = new Dictionary<string, Decision>(StringComparer.Ordinal);
        foreach (var element in root.Elements())
        {
            if (element.Name.Namespace != ns)
            {
                continue;
            }

            switch (element.Name.LocalName)
            {
                case "decision":
                    if (ReadDecision(element, ns, errors) is { } decision)
                    {
                        if (!decisions.TryAdd(decision.Id, decision))
                        {
                            errors.Add(new DmnValidationError(decision.Id, decision.Line, "The decision id is used twice."));
                        }
                    }

                    break;
                case "inputData" or "knowledgeSource" or "textAnnotation" or "association" or "authorityRequirement" or "extensionElements" or "description" or "itemDefinition":
                    break;
                default:
                    errors.Add(new DmnValidationError(element.Attribute("id")?.Value, Line(element), $"'{element.Name.LocalName}' is not supported by the InvestAid decision engine."));
                    break;
            }
        }

        if (decisions.Count == 0 && errors.Count == 0)
        {
            errors.Add(new DmnValidationError(root.Attribute("id")?.Value, Line(root), "The file has no decision."));
        }

        CheckRequirements(decisions, errors);
        if (errors.Count > 0)
        {
            throw new DmnValidationException(errors);
        }

        return new DecisionModel(root.Attribute("id")?.Value ?? decisions.Keys.First(), root.Attribute("name")?.Value, decisions);
    }

    private static Decision? ReadDecision(XElement e, XNamespace ns, List<DmnValidationError> errors)
    {
        var id = e.Attribute("id")?.Value;
        if (string.IsNullOrWhiteSpace(id))
        {
            errors.Add(new DmnValidationError(null, Line(e), "A decision has no id."));
            return null;
        }

        var name = e.Attribute("name")?.Value ?? id;
        var required = new List<string>();
        foreach (var requirement in e.Elements(ns + "informationRequirement"))
        {
            if (requirement.Element(ns + "requiredDecision")?.Attribute("href")?.Value is { } href)
            {
                required.Add(href.TrimStart('#'));
            }
            else if (requirement.Element(ns + "requiredInput") is null)
            {
                errors.Add(new DmnValidationError(id, Line(requirement), "An information requirement needs a requiredDecision or requiredInput."));
            }
        }

        if (e.Element(ns + "knowledgeRequirement") is { } knowledge)
        {
            errors.Add(new DmnValidationError(id, Line(knowledge), "Business knowledge models are not supported."));
        }

        var variable = e.Element(ns + "variable");
        var table = e.Element(ns + "decisionTable");
        var literal = e.Element(ns + "literalExpression");
        var errorCount = errors.Count;
        if (table is not null)
        {
            var parsed = ReadTable(id, table, ns, errors);
            return errors.Count > errorCount || parsed is null ? null
                : new Decision(id, name, required, parsed, null, variable?.Attribute("name")?.Value ?? name, variable?.Attribute("typeRef")?.Value, Line(e));
        }

        if (literal is not null)
        {
            CheckLanguage(literal.Attribute("expressionLanguage")?.Value, id, literal, errors);
            var expression = Expression(id, literal.Element(ns + "text")?.Value, literal, errors, required: true);
            return errors.Count > errorCount ? null
                : new Decision(id, name, required, null, expression, variable?.Attribute("name")?.Value ?? name,
                    variable?.Attribute("typeRef")?.Value ?? literal.Attribute("typeRef")?.Value, Line(e));
        }

        var other = e.Elements().FirstOrDefault(c => c.Name.LocalName is "context" or "invocation" or "relation" or "list" or "functionDefinition");
        errors.Add(new DmnValidationError(id, Line(e), other is null
            ? "A decision needs a decisionTable or a literalExpression."
            : $"'{other.Name.LocalName}' decision logic is not supported; use a decision table or a literal expression."));
        return null;
    }

    private static DecisionTable? ReadTable(string decisionId, XElement table, XNamespace ns, List<DmnValidationError> errors)
    {
        var tableId = table.Attribute("id")?.Value ?? decisionId;
        var hitPolicy = (table.Attribute("hitPolicy")?.Value ?? "UNIQUE").Trim().ToUpperInvariant() switch
        {
            "UNIQUE" => HitPolicy.Unique,
            "FIRST" => HitPolicy.First,
            "PRIORITY" => HitPolicy.Priority,
            "ANY" => HitPolicy.Any,
            "COLLECT" => HitPolicy.Collect,
            "RULE ORDER" => HitPolicy.RuleOrder,
            "OUTPUT ORDER" => HitPolicy.OutputOrder,
            var other => Invalid(other),
        };

        HitPolicy Invalid(string value)
        {
            errors.Add(new DmnValidationError(tableId, Line(table), $"The hit policy '{value}' is not one of UNIQUE, FIRST, PRIORITY, ANY, COLLECT, RULE ORDER, OUTPUT ORDER."));
            return HitPolicy.Unique;
        }

        var aggregation = table.Attribute("aggregation")?.Value.Trim().ToUpperInvariant() switch
        {
            null or "" => CollectAggregation.None,
            "SUM" => CollectAggregation.Sum,
            "MIN" => CollectAggregation.Min,
            "MAX" => CollectAggregation.Max,
            "COUNT" => CollectAggregation.Count,
            var other => InvalidAggregation(other),
        };

        CollectAggregation InvalidAggregation(string value)
        {
            errors.Add(new DmnValidationError(tableId, Line(table), $"The aggregation '{value}' is not one of SUM, MIN, MAX, COUNT."));
            return CollectAggregation.None;
        }

        if (aggregation != CollectAggregation.None && hitPolicy != HitPolicy.Collect)
        {
            errors.Add(new DmnValidationError(tableId, Line(table), "An aggregation is allowed only with the COLLECT hit policy."));
        }

        var inputs = new List<DecisionInput>();
        foreach (var input in table.Elements(ns + "input"))
        {
            var id = input.Attribute("id")?.Value ?? $"{tableId}.input{inputs.Count + 1}";
            var expressionElement = input.Element(ns + "inputExpression");
            if (expressionElement is null)
            {
                errors.Add(new DmnValidationError(id, Line(input), "An input needs an inputExpression."));
                continue;
            }

            CheckLanguage(expressionElement.Attribute("expressionLanguage")?.Value, id, expressionElement, errors);
            var expression = Expression(id, expressionElement.Element(ns + "text")?.Value, expressionElement, errors, required: true);
            if (expression is not null)
            {
                inputs.Add(new DecisionInput(id, input.Attribute("label")?.Value, expression, expressionElement.Attribute("typeRef")?.Value,
                    input.Attribute(XName.Get("inputVariable", CamundaNamespace))?.Value ?? "cellInput"));
            }
        }

        var outputs = new List<DecisionOutput>();
        foreach (var output in table.Elements(ns + "output"))
        {
            var id = output.Attribute("id")?.Value ?? $"{tableId}.output{outputs.Count + 1}";
            var name = output.Attribute("name")?.Value;
            var priorities = new List<object?>();
            if (output.Element(ns + "outputValues") is { } values)
            {
                var tests = Tests(id, values.Element(ns + "text")?.Value ?? "", values, errors);
                priorities.AddRange(tests is null ? [] : ListedValues(tests.Text));
            }

            var defaultEntry = output.Element(ns + "defaultOutputEntry") is { } d ? Expression(id, d.Element(ns + "text")?.Value, d, errors, required: false) : null;
            outputs.Add(new DecisionOutput(id, name ?? "", output.Attribute("label")?.Value, output.Attribute("typeRef")?.Value, priorities, defaultEntry));
        }

        if (outputs.Count == 0)
        {
            errors.Add(new DmnValidationError(tableId, Line(table), "A decision table needs at least one output."));
        }
        else if (outputs.Count > 1 && outputs.Any(o => o.Name.Length == 0))
        {
            errors.Add(new DmnValidationError(outputs.First(o => o.Name.Length == 0).Id, Line(table), "Every output of a table with several outputs needs a name."));
        }

        if (outputs.Count > 1 && aggregation != CollectAggregation.None)
        {
            errors.Add(new DmnValidationError(tableId, Line(table), "An aggregation needs a table with exactly one output."));
        }

        if (hitPolicy is HitPolicy.Priority or HitPolicy.OutputOrder && outputs.All(o => o.Priorities.Count == 0))
        {
            errors.Add(new DmnValidationError(tableId, Line(table), $"The hit policy {hitPolicy.ToString().ToUpperInvariant()} needs output values (the priority order) on an output."));
        }

        var rules = new List<DecisionRule>();
        foreach (var rule in table.Elements(ns + "rule"))
        {
            var id = rule.Attribute("id")?.Value ?? $"{tableId}.rule{rules.Count + 1}";
            var inputEntries = rule.Elements(ns + "inputEntry").ToList();
            var outputEntries = rule.Elements(ns + "outputEntry").ToList();
            if (inputEntries.Count != inputs.Count || outputEntries.Count != outputs.Count)
            {
                errors.Add(new DmnValidationError(id, Line(rule),
                    $"The rule has {inputEntries.Count} input and {outputEntries.Count} output entries; the table has {inputs.Count} inputs and {outputs.Count} outputs."));
                continue;
            }

            var tests = new List<FeelUnaryTests>();
            foreach (var entry in inputEntries)
            {
                CheckLanguage(entry.Attribute("expressionLanguage")?.Value, id, entry, errors);
                tests.Add(Tests(id, entry.Element(ns + "text")?.Value ?? "", entry, errors) ?? FeelUnaryTests.Parse("-"));
            }

            var results = new List<FeelExpression?>();
            foreach (var entry in outputEntries)
            {
                CheckLanguage(entry.Attribute("expressionLanguage")?.Value, id, entry, errors);
                results.Add(Expression(id, entry.Element(ns + "text")?.Value, entry, errors, required: false));
            }

            rules.Add(new DecisionRule(id, rules.Count + 1, rule.Element(ns + "description")?.Value, tests, results, Line(rule)));
        }

        return new DecisionTable(hitPolicy, aggregation, inputs, outputs, rules);
    }

    private static void CheckRequirements(Dictionary<string, Decision> decisions, List<DmnValidationError> errors)
    {
        foreach (var decision in decisions.Values)
        {
            foreach (var required in decision.RequiredDecisions.Where(r => !decisions.ContainsKey(r)))
            {
                errors.Add(new DmnValidationError(decision.Id, decision.Line, $"The required decision '{required}' is not in the file."));
            }
        }

        var state = new Dictionary<string, int>();
        foreach (var decision in decisions.Values)
        {
            if (Cycle(decision.Id) is { } at)
            {
                errors.Add(new DmnValidationError(at, decisions[at].Line, "The decision requirements form a cycle."));
                return;
            }
        }

        string? Cycle(string id)
        {
            if (state.TryGetValue(id, out var s))
            {
                return s == 1 ? id : null;
            }

            state[id] = 1;
            foreach (var required in decisions.TryGetValue(id, out var d) ? d.RequiredDecisions : [])
            {
                if (Cycle(required) is { } found)
                {
                    return found;
                }
            }

            state[id] = 2;
            return null;
        }
    }

    private static FeelExpression? Expression(string elementId, string? text, XElement at, List<DmnValidationError> errors, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors.Add(new DmnValidationError(elementId, Line(at), "The expression is empty."));
            }

            return null;
        }

        try
        {
            return FeelExpression.Parse(text.Trim());
        }
        catch (FeelException e)
        {
            errors.Add(new DmnValidationError(elementId, Line(at), e.Message));
            return null;
        }
    }

    private static FeelUnaryTests? Tests(string elementId, string text, XElement at, List<DmnValidationError> errors)
    {
        try
        {
            return FeelUnaryTests.Parse(text.Trim());
        }
        catch (FeelException e)
        {
            errors.Add(new DmnValidationError(elementId, Line(at), e.Message));
            return null;
        }
    }

    // Output values "a","b","c" (a list of literals) give the priority order.
    private static IEnumerable<object?> ListedValues(string text) =>
        text.Length == 0 ? [] : FeelExpression.Parse("[" + text + "]").Evaluate(FeelScope.Empty) as IList<object?> ?? [];

    private static void CheckLanguage(string? language, string? elementId, XElement at, List<DmnValidationError> errors)
    {
        if (language is not null && !language.Contains("feel", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new DmnValidationError(elementId, Line(at), $"The expression language '{language}' is not supported; only FEEL is."));
        }
    }

    private static int Line(XObject o) => o is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;
}
