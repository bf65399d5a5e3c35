using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace InvestAid.Decisions.Forms;

/// <summary>
/// A Camunda Form (form-js JSON schema) read for server-side validation: the same required, type, min/max,
/// length, pattern and option rules that @bpmn-io/form-js applies in the browser, so a submission that skips the
/// browser is held to them too.
/// </summary>
public sealed class FormSchema
{
    // Components that carry no data.
    private static readonly HashSet<string> Presentational = ["text", "spacer", "separator", "button", "image", "html", "iframe", "table", "documentPreview"];
    private static readonly HashSet<string> Inputs = ["textfield", "textarea", "number", "checkbox", "checklist", "radio", "select", "taglist", "datetime", "expression", "filepicker"];
    private static readonly HashSet<string> Containers = ["group", "dynamiclist"];
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(200);

    private FormSchema(string id, IReadOnlyList<FormField> fields)
    {
        Id = id;
        Fields = fields;
    }

    public string Id { get; }

    public IReadOnlyList<FormField> Fields { get; }

    /// <param name="defaultId">The id of a schema that has none (Camunda 7's own example forms have none): the file's name without <c>.form</c>.</param>
    /// <exception cref="FormSchemaException">Not JSON, no components, an input without key, a key used twice, a bad pattern, no id.</exception>
    public static FormSchema Parse(string json, string? defaultId = null)
    {
        JsonObject root;
        JsonArray components;
        try
        {
            // A name twice in one object is refused here (JSON leaves its meaning open), not later as an unexpected error;
            // the object is read here too (JsonObject reads its properties on first use), so broken text is caught here.
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false }) as JsonObject
                ?? throw new FormSchemaException(null, "the schema must be a JSON object.");
            components = root["components"] as JsonArray ?? throw new FormSchemaException(null, "the schema has no components array.");
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            throw new FormSchemaException(null, "the file is not JSON: " + e.Message);
        }

        var fields = new List<FormField>();
        Read(components, fields);
        var id = root["id"] is JsonValue v && v.TryGetValue<string>(out var text) && text.Length > 0 ? text
            : defaultId ?? throw new FormSchemaException(null, "the schema has no id.");
        return new FormSchema(id, fields);
    }

    private static void Read(JsonArray components, List<FormField> fields)
    {
        foreach (var node in components)
        {
            if (node is not JsonObject component)
            {
                throw new FormSchemaException(null, "a component is not an object.");
            }

            var type = Text(component, "type") ?? throw new FormSchemaException(Text(component, "id"), "the component has no type.");
            var componentId = Text(component, "id") ?? Text(component, "key");
            if (Containers.Contains(type))
            {
                if (type == "dynamiclist")
                {
                    throw new FormSchemaException(componentId, "dynamic lists are not supported.");
                }

                Read(component["components"] as JsonArray ?? [], fields);
                continue;
            }

            if (Presentational.Contains(type))
            {
                continue;
            }

            if (!Inputs.Contains(type))
            {
                throw new FormSchemaException(componentId, $"the component type '{type}' is not supported.");
            }

            if (type is "expression" or "filepicker")
            {
                continue;
            }

            var key = Text(component, "key") ?? throw new FormSchemaException(componentId, $"the {type} has no key.");
            if (fields.Any(f => f.Key == key))
            {
                throw new FormSchemaException(componentId, $"the key '{key}' is used twice.");
            }

            var validate = component["validate"] as JsonObject ?? [];
            var pattern = Text(validate, "pattern");
            if (pattern is not null)
            {
                try
                {
                    _ = new Regex(pattern, RegexOptions.None, RegexTimeout);
                }
                catch (ArgumentException e)
                {
                    throw new FormSchemaException(componentId, $"the pattern of '{key}' is not a regular expression: {e.Message}");
                }
            }

            IReadOnlyList<string>? options = component["values"] is JsonArray values
                ? [.. values.Select(o => o?["value"]?.ToString() ?? "")]
                : null;
            fields.Add(new FormField(key, type, Text(component, "label") ?? Text(component, "dateLabel"), validate["required"] is JsonValue r && r.TryGetValue<bool>(out var required) && required,
                Number(validate, "min"), Number(validate, "max"), (int?)Number(validate, "minLength"), (int?)Number(validate, "maxLength"), pattern,
                Text(validate, "validationType"), options, Text(component, "subtype")));
        }
    }

    /// <summary>Every field whose submitted value breaks the schema, field key → message; empty when the submission is valid.</summary>
    public IReadOnlyDictionary<string, string> Validate(JsonObject submission)
    {
        var errors = new Dictionary<string, string>();
        foreach (var field in Fields)
        {
            var value = submission[field.Key];
            if (IsEmpty(value))
            {
                if (field.Required)
                {
                    errors[field.Key] = $"'{field.DisplayName}' là bắt buộc (is required).";
                }

                continue;
            }

            if (Check(field, value!) is { } message)
            {
                errors[field.Key] = $"'{field.DisplayName}': {message}";
            }
        }

        return errors;
    }

    private static string? Check(FormField field, JsonNode value)
    {
        switch (field.Type)
        {
            case "textfield" or "textarea":
                if (!TryString(value, out var text))
                {
                    return "must be text.";
                }

                if (field.MinLength is { } minLength && text.Length < minLength)
                {
                    return $"must have at least {minLength} characters.";
                }

                if (field.MaxLength is { } maxLength && text.Length > maxLength)
                {
                    return $"must have at most {maxLength} characters.";
                }

                if (field.Pattern is { } pattern && !Matches(text, pattern))
                {
                    return $"does not match the pattern {pattern}.";
                }

                return field.ValidationType switch
                {
                    "email" when !Matches(text, @"^[^\s@]+@[^\s@]+\.[^\s@]+$") => "must be an e-mail address.",
                    "phone" when !Matches(text, @"^\+?[0-9 ()./-]{6,20}$") => "must be a phone number.",
                    _ => null,
                };
            case "number":
                if (value is not JsonValue n || n.GetValueKind() != JsonValueKind.Number || !n.TryGetValue<decimal>(out var number))
                {
                    return "must be a number.";
                }

                return field.Min is { } min && number < min ? $"must be at least {min.ToString(CultureInfo.InvariantCulture)}."
                    : field.Max is { } max && number > max ? $"must be at most {max.ToString(CultureInfo.InvariantCulture)}."
                    : null;
            case "checkbox":
                return value is JsonValue b && b.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? null : "must be true or false.";
            case "radio" or "select":
                return !TryString(value, out var choice) ? "must be one of the options."
                    : field.Options is { } choices && !choices.Contains(choice) ? $"'{choice}' is not one of the options ({string.Join(", ", choices)})." : null;
            case "checklist" or "taglist":
                if (value is not JsonArray items || items.Any(i => !TryString(i, out _)))
                {
                    return "must be a list of options.";
                }

                var unknown = field.Options is { } known ? items.Select(i => i!.GetValue<string>()).FirstOrDefault(i => !known.Contains(i)) : null;
                return unknown is null ? null : $"'{unknown}' is not one of the options ({string.Join(", ", field.Options!)}).";
            case "datetime":
                if (!TryString(value, out var when))
                {
                    return "must be a date or time.";
                }

                var ok = field.Subtype switch
                {
                    "time" => TimeOnly.TryParseExact(when, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                    "datetime" => DateTimeOffset.TryParse(when, CultureInfo.InvariantCulture, DateTimeStyles.None, out _) && when.Contains('T'),
                    _ => DateOnly.TryParseExact(when, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                };
                return ok ? null : field.Subtype switch { "time" => "must be a time (HH:mm).", "datetime" => "must be a date and time.", _ => "must be a date (yyyy-MM-dd)." };
            default:
                return null;
        }
    }

    private static bool Matches(string text, string pattern)
    {
        try
        {
            return Regex.IsMatch(text, pattern, RegexOptions.None, RegexTimeout);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static bool IsEmpty(JsonNode? value) =>
        value is null
        || (value is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().Length == 0)
        || (value is JsonArray a && a.Count == 0);

    private static bool TryString(JsonNode? node, out string text)
    {
        text = "";
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String)
        {
            text = v.GetValue<string>();
            return true;
        }

        return false;
    }

    private static string? Text(JsonObject o, string name) => o[name] is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;

    private static decimal? Number(JsonObject o, string name) => o[name] is JsonValue v && v.TryGetValue<decimal>(out var d) ? d : null;
}
