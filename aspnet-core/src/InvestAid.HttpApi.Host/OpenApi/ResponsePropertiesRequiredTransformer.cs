using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace InvestAid.OpenApi;

/// <summary>
/// Marks every property of an answer's schema as required. The host writes every property of its DTOs, nulls included
/// (no ignore conditions in its JSON options), but the document generator marks as required only records' constructor
/// parameters and <c>required</c> members, so the generated Angular models made the <c>init</c> properties optional and the
/// web app had to cast answers to what they are. A schema that a request body or a parameter refers to, directly or through
/// another schema, is left as it is: a client may leave its optional properties out. The framework's problem documents
/// leave null members out, so they are left as they are too.
/// </summary>
public sealed class ResponsePropertiesRequiredTransformer : IOpenApiDocumentTransformer
{
    private static readonly HashSet<string> OmitNulls = ["ProblemDetails", "HttpValidationProblemDetails"];

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        if (document.Components?.Schemas is not { Count: > 0 } schemas)
        {
            return Task.CompletedTask;
        }
        var inputs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in (document.Paths ?? []).Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
        {
            foreach (var parameter in operation.Parameters ?? [])
            {
                Collect(parameter.Schema, schemas, inputs);
            }
            foreach (var media in operation.RequestBody?.Content?.Values ?? [])
            {
                Collect(media.Schema, schemas, inputs);
            }
        }
        foreach (var (name, schema) in schemas)
        {
            if (inputs.Contains(name) || OmitNulls.Contains(name) || schema is not OpenApiSchema target || target.Properties is not { Count: > 0 } properties)
            {
                continue;
            }
            target.Required ??= new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in properties.Keys)
            {
                target.Required.Add(property);
            }
        }
        return Task.CompletedTask;
    }

    /// <summary>Adds the component schemas <paramref name="schema"/> refers to, and those they refer to, to <paramref name="found"/>.</summary>
    private static void Collect(IOpenApiSchema? schema, IDictionary<string, IOpenApiSchema> components, HashSet<string> found)
    {
        switch (schema)
        {
            case null:
                return;
            case OpenApiSchemaReference reference:
                if (reference.Reference.Id is { } id && found.Add(id) && components.TryGetValue(id, out var target))
                {
                    Collect(target, components, found);
                }
                return;
        }
        foreach (var property in schema.Properties?.Values ?? [])
        {
            Collect(property, components, found);
        }
        Collect(schema.Items, components, found);
        Collect(schema.AdditionalProperties, components, found);
        foreach (var part in (schema.AllOf ?? []).Concat(schema.AnyOf ?? []).Concat(schema.OneOf ?? []))
        {
            Collect(part, components, found);
        }
    }
}
