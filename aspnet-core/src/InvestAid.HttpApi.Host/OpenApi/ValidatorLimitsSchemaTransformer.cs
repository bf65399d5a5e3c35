using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace InvestAid.OpenApi;

/// <summary>
/// Writes the limits of the application's FluentValidation validators onto the request schemas of the OpenAPI
/// document: <c>maxLength</c>/<c>minLength</c> from length rules, <c>minimum</c>/<c>maximum</c> from comparison and
/// between rules, for the properties of every type that has a validator in Application. Validators that need data of
/// the request (reference codes, a project) are built with empty arguments: their limits are constants, only their
/// <c>Must</c> checks use the arguments, and those are not described here. Conditional rules are left out.
/// </summary>
public sealed class ValidatorLimitsSchemaTransformer : IOpenApiSchemaTransformer
{
    private static readonly Lazy<IReadOnlyDictionary<Type, IValidator>> Validators = new(FindValidators);
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, PropertyLimits>> LimitsByType = new();

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        // An object's schema, wherever it is met first: as a request body, or as the value of another object's property
        // (a proposal's disbursement); the document then refers to that one schema everywhere.
        if (context.JsonTypeInfo.Kind != JsonTypeInfoKind.Object || schema.Properties is not { Count: > 0 } properties)
        {
            return Task.CompletedTask;
        }
        var limits = LimitsOf(context.JsonTypeInfo.Type);
        if (limits.Count == 0)
        {
            return Task.CompletedTask;
        }
        foreach (var jsonProperty in context.JsonTypeInfo.Properties)
        {
            var clrName = (jsonProperty.AttributeProvider as MemberInfo)?.Name;
            if (!(limits.TryGetValue(jsonProperty.Name, out var limit) || (clrName is not null && limits.TryGetValue(clrName, out limit)))
                || !properties.TryGetValue(jsonProperty.Name, out var propertySchema)
                || propertySchema is not OpenApiSchema target)
            {
                continue;
            }
            limit.ApplyTo(target);
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// The limits of each property of <paramref name="type"/> by the name its rules give it (the JSON name, as the host's
    /// validators name fields, or the C# name), compared without case; empty when it has no validator.
    /// </summary>
    public static IReadOnlyDictionary<string, PropertyLimits> LimitsOf(Type type) =>
        LimitsByType.GetOrAdd(type, t => Validators.Value.TryGetValue(t, out var validator)
            ? Describe(validator)
            : new Dictionary<string, PropertyLimits>());

    private static Dictionary<string, PropertyLimits> Describe(IValidator validator)
    {
        var result = new Dictionary<string, PropertyLimits>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in validator.CreateDescriptor().Rules)
        {
            if (rule.PropertyName is not { Length: > 0 } name || name.Contains('.') || rule.GetType().Name.StartsWith("CollectionPropertyRule", StringComparison.Ordinal))
            {
                continue;
            }
            var limits = result.TryGetValue(name, out var found) ? found : new PropertyLimits();
            foreach (var component in rule.Components)
            {
                if (component.HasCondition || component.HasAsyncCondition)
                {
                    continue;
                }
                limits = limits.With(component.Validator);
            }
            if (!limits.IsEmpty)
            {
                result[name] = limits;
            }
        }
        return result;
    }

    private static Dictionary<Type, IValidator> FindValidators()
    {
        var result = new Dictionary<Type, IValidator>();
        var assembly = typeof(InvestAid.Projects.CreateProjectRequestValidator).Assembly;
        foreach (var type in assembly.GetTypes())
        {
            if (type.IsAbstract || type.IsGenericTypeDefinition || !typeof(IValidator).IsAssignableFrom(type))
            {
                continue;
            }
            var validated = ValidatedType(type);
            if (validated is null || result.ContainsKey(validated))
            {
                continue;
            }
            if (TryBuild(type) is { } validator)
            {
                result[validated] = validator;
            }
        }
        return result;
    }

    private static Type? ValidatedType(Type validatorType)
    {
        for (var t = validatorType; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(AbstractValidator<>))
            {
                return t.GetGenericArguments()[0];
            }
        }
        return null;
    }

    /// <summary>
    /// Builds the validator with empty arguments: nulls for classes first, then, for a validator that reads its arguments
    /// while it is built (a project's kind, its agreement), blank instances of them (every field at its default).
    /// </summary>
    private static IValidator? TryBuild(Type type)
    {
        foreach (var blankObjects in new[] { false, true })
        {
            foreach (var constructor in type.GetConstructors().OrderBy(c => c.GetParameters().Length))
            {
                try
                {
                    var args = constructor.GetParameters().Select(p => EmptyArgument(p.ParameterType, blankObjects)).ToArray();
                    return (IValidator)constructor.Invoke(args);
                }
                catch (Exception e) when (e is TargetInvocationException or ArgumentException or NotSupportedException or MemberAccessException)
                {
                    // Not buildable so: a validator none of whose constructors can be called is not described.
                }
            }
        }
        return null;
    }

    private static object? EmptyArgument(Type type, bool blankObjects)
    {
        if (type.IsValueType)
        {
            return Activator.CreateInstance(type);
        }
        if (type == typeof(string))
        {
            return "";
        }
        if (type.IsGenericType && type.GetGenericTypeDefinition() is var d
            && (d == typeof(IReadOnlySet<>) || d == typeof(ISet<>)))
        {
            return Activator.CreateInstance(typeof(HashSet<>).MakeGenericType(type.GetGenericArguments()));
        }
        if (blankObjects && type.IsClass && !type.IsAbstract && !typeof(Delegate).IsAssignableFrom(type))
        {
            return System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(type);
        }
        return null;
    }
}

/// <summary>The limits one property's rules set; null where a rule does not say.</summary>
public sealed record PropertyLimits(int? MinLength = null, int? MaxLength = null, decimal? Minimum = null, decimal? Maximum = null,
    decimal? ExclusiveMinimum = null, decimal? ExclusiveMaximum = null)
{
    public bool IsEmpty => this == new PropertyLimits();

    public PropertyLimits With(IPropertyValidator validator) => validator switch
    {
        ILengthValidator length => this with
        {
            MinLength = length.Min > 0 ? Max(MinLength, length.Min) : MinLength,
            MaxLength = length.Max >= 0 ? Min(MaxLength, length.Max) : MaxLength,
        },
        IBetweenValidator between when Number(between.From) is { } from && Number(between.To) is { } to =>
            validator.GetType().Name.StartsWith("Exclusive", StringComparison.Ordinal)
                ? this with { ExclusiveMinimum = from, ExclusiveMaximum = to }
                : this with { Minimum = from, Maximum = to },
        IComparisonValidator { MemberToCompare: null } comparison when Number(comparison.ValueToCompare) is { } value => comparison.Comparison switch
        {
            Comparison.GreaterThanOrEqual => this with { Minimum = value },
            Comparison.LessThanOrEqual => this with { Maximum = value },
            Comparison.GreaterThan => this with { ExclusiveMinimum = value },
            Comparison.LessThan => this with { ExclusiveMaximum = value },
            _ => this,
        },
        _ => this,
    };

    public void ApplyTo(OpenApiSchema schema)
    {
        if (MinLength is { } minLength) schema.MinLength = minLength;
        if (MaxLength is { } maxLength) schema.MaxLength = maxLength;
        if (Minimum is { } minimum) schema.Minimum = Text(minimum);
        if (Maximum is { } maximum) schema.Maximum = Text(maximum);
        if (ExclusiveMinimum is { } exclusiveMinimum) schema.ExclusiveMinimum = Text(exclusiveMinimum);
        if (ExclusiveMaximum is { } exclusiveMaximum) schema.ExclusiveMaximum = Text(exclusiveMaximum);
    }

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static int? Max(int? a, int b) => a is { } x ? Math.Max(x, b) : b;
    private static int? Min(int? a, int b) => a is { } x ? Math.Min(x, b) : b;

    private static decimal? Number(object? value) => value switch
    {
        int or long or short or byte or decimal or uint or ulong or ushort or sbyte => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        double d when !double.IsInfinity(d) && !double.IsNaN(d) => (decimal)d,
        float f when !float.IsInfinity(f) && !float.IsNaN(f) => (decimal)f,
        _ => null,
    };
}
