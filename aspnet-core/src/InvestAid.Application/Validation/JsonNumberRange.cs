using System.Text.Json;
using FluentValidation;

namespace InvestAid.Validation;

/// <summary>
/// Free-form JSON values (workflow variables) hold only numbers that fit a decimal: <c>1e400</c> or <c>-1e30</c> would be stored
/// as written and read back as infinity or a rounded value, so they are refused (400 naming the field, docs/security.md).
/// </summary>
public static class JsonNumberRange
{
    public const string MessageKey = "common.numberOutOfRange";

    /// <summary>The path of the first number in <paramref name="values"/> that is not a decimal, or null.</summary>
    public static string? FirstOutOfRange(IReadOnlyDictionary<string, JsonElement>? values, string prefix)
    {
        if (values is null)
        {
            return null;
        }
        foreach (var (name, value) in values)
        {
            if (FirstOutOfRange(value, $"{prefix}.{name}") is { } path)
            {
                return path;
            }
        }
        return null;
    }

    private static string? FirstOutOfRange(JsonElement value, string path)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Number:
                return value.TryGetDecimal(out _) ? null : path;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in value.EnumerateArray())
                {
                    if (FirstOutOfRange(item, $"{path}[{i++}]") is { } inner)
                    {
                        return inner;
                    }
                }
                return null;
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    if (FirstOutOfRange(property.Value, $"{path}.{property.Name}") is { } inner)
                    {
                        return inner;
                    }
                }
                return null;
            default:
                return null;
        }
    }

    /// <summary>Adds the rule: every number in the variables fits a decimal, else a failure naming its path.</summary>
    public static void NumbersInRange<T>(this IRuleBuilder<T, Dictionary<string, JsonElement>?> rule) =>
        rule.Custom((values, context) =>
        {
            if (FirstOutOfRange(values, "variables") is { } path)
            {
                context.AddFailure(path, ValidationText.Get(MessageKey));
            }
        });
}
