using System.Text.Json;
using System.Text.Json.Nodes;
using FluentValidation;
using FluentValidation.Results;
using InvestAid.Common;
using InvestAid.Workflows;
using InvestAid.Workflows.Bpmn;

namespace InvestAid.Decisions.Forms;

/// <summary>
/// The published form a task's or start event's reference binds to (latest, the version in force when the process
/// version was published, or an exact version), what to prefill it with, and the check of a submission against it.
/// </summary>
public sealed class FormResolver(IFormDefinitionRepository repository, IWorkflowDefinitionRepository processes, FormSchemaCache cache)
{
    public sealed record Resolved(FormDefinitionInfo Info, string Json, FormSchema Schema);

    /// <exception cref="DomainException">The form is not published (a model published before its form was withdrawn).</exception>
    public async Task<Resolved> ResolveAsync(FormRef form, string processKey, int processVersion, CancellationToken cancellationToken)
    {
        var publishedBy = await DeployedFile.PublishedByAsync(processes, form.Binding, processKey, processVersion, cancellationToken);
        var found = await repository.FindPublishedAsync(form.Key, form.FileName, form.Version, publishedBy, cancellationToken)
            ?? (publishedBy is null ? null : await repository.FindPublishedAsync(form.Key, form.FileName, null, null, cancellationToken))
            ?? throw new DomainException(Errors.ErrorCodes.ValidationFailed, Describe(form) + " is not published.");
        return new Resolved(found.Form, found.Schema, cache.Get(found.Form.Key, found.Form.Version, found.Schema));
    }

    /// <summary>The form of the definition's element (a user task, or the start event when <paramref name="elementId"/> is null); null without one.</summary>
    public async Task<Resolved?> ForElementAsync(InvestAid.Workflows.Runtime.WorkflowDefinition definition, string? elementId, CancellationToken cancellationToken)
    {
        var form = elementId is null
            ? definition.Process.StartEvents.FirstOrDefault(s => s.Event is null && s.MessageName is null)?.Form
            : definition.Process.Nodes.GetValueOrDefault(elementId) switch
            {
                UserTask task => task.Form,
                StartEvent start => start.Form,
                _ => null,
            };
        return form is null ? null : await ResolveAsync(form, definition.Key, definition.Version, cancellationToken);
    }

    /// <summary>Holds the start variables to the start form, if the definition has one (400 naming the field, nothing started).</summary>
    public async Task CheckStartAsync(InvestAid.Workflows.Runtime.WorkflowDefinition definition, IReadOnlyDictionary<string, JsonElement>? variables, CancellationToken cancellationToken)
    {
        if (await ForElementAsync(definition, null, cancellationToken) is { } form)
        {
            Check(form.Schema, variables);
        }
    }

    /// <summary>Whether the reference finds a published form now (checked when a model is published).</summary>
    public async Task<bool> ExistsAsync(FormRef form, CancellationToken cancellationToken) =>
        await repository.FindPublishedAsync(form.Key, form.FileName, form.Binding == DecisionBinding.Version ? form.Version : null, null, cancellationToken) is not null;

    public static string Describe(FormRef form) =>
        form.FileName is { } file ? $"The form '{file}'" : form.Version is { } v ? $"The form '{form.Key}' version {v}" : $"The form '{form.Key}'";

    /// <summary>The form with the values it opens with: the variables named by its fields.</summary>
    public static ResolvedFormDto ToDto(Resolved form, IEnumerable<KeyValuePair<string, JsonNode?>> variables)
    {
        var data = new JsonObject();
        var keys = form.Schema.Fields.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, value) in variables)
        {
            if (keys.Contains(name))
            {
                data[name] = value?.DeepClone();
            }
        }

        return new ResolvedFormDto(form.Info.Key, form.Info.Version, JsonNode.Parse(form.Json)!.AsObject(), data);
    }

    /// <summary>Holds the submitted variables to the form's rules; each broken rule → 400 naming the field key, nothing saved.</summary>
    /// <exception cref="ValidationException">A field breaks a rule of the form.</exception>
    public static void Check(FormSchema schema, IReadOnlyDictionary<string, JsonElement>? variables)
    {
        var submission = new JsonObject();
        foreach (var (name, value) in variables ?? new Dictionary<string, JsonElement>())
        {
            submission[name] = JsonNode.Parse(value.GetRawText());
        }

        var errors = schema.Validate(submission);
        if (errors.Count > 0)
        {
            throw new ValidationException([.. errors.Select(e => new ValidationFailure(e.Key, e.Value))]);
        }
    }
}
