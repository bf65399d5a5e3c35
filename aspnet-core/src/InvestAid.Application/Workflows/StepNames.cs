using InvestAid.Text;
using InvestAid.Workflows.Runtime;

namespace InvestAid.Workflows;

/// <summary>
/// Step names in the request's language: the name a model gives an element for that language (<c>camunda:property name="name:en"</c>),
/// else the name the task or history carries (the model's own). Works for any model; the shipped ones name their steps in English too.
/// </summary>
public sealed class StepNames(IWorkflowDefinitionSource definitions)
{
    /// <summary>The request's language code: "en" or "vi".</summary>
    public static string Language => Localized.IsEnglish ? "en" : "vi";

    public string? Of(string definitionKey, int definitionVersion, string elementId, string? fallback) =>
        Of(definitionKey, definitionVersion, elementId, fallback, Language);

    public string? Of(string definitionKey, int definitionVersion, string elementId, string? fallback, string language)
    {
        if (definitionVersion <= 0)
        {
            return fallback;
        }
        try
        {
            return definitions.Get(definitionKey, definitionVersion).Process.Nodes.TryGetValue(elementId, out var node)
                ? node.LocalizedNames.TryGetValue(language, out var localized) ? localized : fallback ?? node.Name
                : fallback;
        }
        catch (DefinitionNotFoundException)
        {
            return fallback;
        }
    }
}
