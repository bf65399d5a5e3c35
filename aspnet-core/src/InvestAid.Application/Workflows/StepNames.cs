using InvestAid.Text;
using InvestAid.Workflows.Runtime;

namespace InvestAid.Workflows;

/// <summary>
/// Step names in the request's language: the name a model gives an element for that language (<c>camunda:property name="name:en"</c>),
/// else the name the task or history carries (the model's own). Works for any model; the shipped ones name their steps in English too.
/// </summary>
public sealed class StepNames(IWorkflowDefinitionStore definitions)
{
    /// <summary>The request's language code: "en" or "vi".</summary>
    public static string Language => Localized.IsEnglish ? "en" : "vi";

    public string? Of(string definitionKey, int definitionVersion, string elementId, string? fallback) =>
        Of(definitionKey, definitionVersion, elementId, fallback, Language);

    public string? Of(string definitionKey, int definitionVersion, string elementId, string? fallback, string language) =>
        Process(definitionKey, definitionVersion) is { } process && process.Nodes.TryGetValue(elementId, out var node)
            ? node.LocalizedNames.TryGetValue(language, out var localized) ? localized : fallback ?? node.Name
            : fallback;

    /// <summary>The name the model gives the procedure (its process), else its key.</summary>
    public string ProcedureOf(string definitionKey, int definitionVersion) =>
        Process(definitionKey, definitionVersion)?.Name is { Length: > 0 } name ? name : definitionKey;

    /// <summary>The process of a version, null when there is no such version.</summary>
    private Bpmn.BpmnProcess? Process(string definitionKey, int definitionVersion)
    {
        if (definitionVersion <= 0)
        {
            return null;
        }
        try
        {
            return definitions.Get(definitionKey, definitionVersion).Process;
        }
        catch (DefinitionNotFoundException)
        {
            return null;
        }
    }
}
