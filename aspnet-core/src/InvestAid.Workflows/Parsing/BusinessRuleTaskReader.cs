using System.Xml.Linq;
using InvestAid.Workflows.Bpmn;

namespace InvestAid.Workflows.Parsing;

/// <summary>
/// Reads a Camunda 7 business rule task bound to a DMN decision: camunda:decisionRef, decisionRefBinding
/// (latest, deployment, version + decisionRefVersion), mapDecisionResult and resultVariable; and
/// the decision reads the variables, the task's camunda:inputOutput inputs among them (local variables, read for every node).
/// </summary>
internal static class BusinessRuleTaskReader
{
    public static BusinessRuleTask? Read(string id, string? name, int line, XElement e, List<BpmnValidationError> errors)
    {
        void Error(string message) => errors.Add(new BpmnValidationError(id, line, message));

        var decisionRef = e.Extension("decisionRef");
        if (decisionRef is null)
        {
            Error(e.Extension("class") is not null || e.Extension("expression") is not null || e.Extension("delegateExpression") is not null || e.Extension("topic") is not null
                ? "A business rule task must name its DMN decision with camunda:decisionRef; Java delegates and external topics are not supported here."
                : "A business rule task needs camunda:decisionRef.");
            return null;
        }

        var (binding, version) = RefBindingReader.Read(e, "decisionRef", Error);

        var mapping = (e.Extension("mapDecisionResult") ?? "resultList") switch
        {
            "resultList" => DecisionResultMapping.ResultList,
            "singleResult" => DecisionResultMapping.SingleResult,
            "singleEntry" => DecisionResultMapping.SingleEntry,
            "collectEntries" => DecisionResultMapping.CollectEntries,
            var other => Invalid<DecisionResultMapping>($"camunda:mapDecisionResult '{other}' is not one of singleEntry, singleResult, collectEntries, resultList."),
        };

        return new BusinessRuleTask(id, name, line, decisionRef, binding, version, mapping, e.Extension("resultVariable"));

        T Invalid<T>(string message)
            where T : struct, Enum
        {
            Error(message);
            return default;
        }
    }
}
