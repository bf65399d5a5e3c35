using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Validators;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace InvestAid.OpenApi;

/// <summary>
/// Writes the limits of the application's FluentValidation validators onto the request schemas of the OpenAPI
/// document: <c>maxLength</c>/<c>minLength</c> from length rules, <c>minimum</c>/<c>maximum</c> from comparison and
/// between rules, for the properties of every type that has a validator in Application, and of every type validated as
/// a child of one (<c>ChildRules</c>, <c>SetValidator</c>, <c>RuleForEach(…).ChildRules</c>: a project's FDI details, its
/// investors). Validators that need data of the request (reference codes, a project) are built with empty arguments:
/// their limits are constants, only their <c>Must</c> checks use the arguments, and those are not described here (a
/// <c>Must</c> says nothing a document can read; a range is written with a range rule so that it is described).
/// A rule under a condition is described when the condition only asks whether the property is there
/// (<c>.When(x =&gt; x.Version is not null)</c>), which is what a schema's limit means anyway; a condition on anything
/// else (the project's kind, another field) is left out, as the document cannot say it.
/// </summary>
public sealed class ValidatorLimitsSchemaTransformer : IOpenApiSchemaTransformer
{
    private static readonly Lazy<IReadOnlyDictionary<Type, IReadOnlyDictionary<string, PropertyLimits>>> AllLimits = new(DescribeAll);
    private static readonly MethodInfo? InvokeCondition = typeof(IValidator).Assembly
        .GetType("FluentValidation.Internal.RuleComponent`2")?.GetMethod("InvokeCondition", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public);

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
    /// validators name fields, or the C# name), compared without case; empty when no validator validates it.
    /// </summary>
    public static IReadOnlyDictionary<string, PropertyLimits> LimitsOf(Type type) =>
        AllLimits.Value.TryGetValue(type, out var limits) ? limits : new Dictionary<string, PropertyLimits>();

    /// <summary>
    /// The limits of every validated type: a type's own validator decides for it; a type validated only as a child takes
    /// the limits its parents agree on (a property two parents limit differently is left out).
    /// </summary>
    private static Dictionary<Type, IReadOnlyDictionary<string, PropertyLimits>> DescribeAll()
    {
        var validators = FindValidators();
        var result = new Dictionary<Type, IReadOnlyDictionary<string, PropertyLimits>>();
        var children = new List<(Type Type, IValidator Validator)>();
        foreach (var (type, validator) in validators)
        {
            result[type] = Describe(validator, children);
        }
        var childLimits = new Dictionary<Type, Dictionary<string, PropertyLimits>>();
        for (var i = 0; i < children.Count && i < 1000; i++)
        {
            var (type, validator) = children[i];
            var limits = Describe(validator, children);
            if (!childLimits.TryGetValue(type, out var agreed))
            {
                childLimits[type] = limits;
                continue;
            }
            foreach (var name in agreed.Keys.Union(limits.Keys, StringComparer.OrdinalIgnoreCase).ToList())
            {
                if (!agreed.TryGetValue(name, out var a) || !limits.TryGetValue(name, out var b) || a != b)
                {
                    agreed.Remove(name);
                }
            }
        }
        foreach (var (type, limits) in childLimits)
        {
            result.TryAdd(type, limits);
        }
        return result;
    }

    /// <summary>The limits <paramref name="validator"/> sets on its type's properties; the validators of its children go to <paramref name="children"/>.</summary>
    private static Dictionary<string, PropertyLimits> Describe(IValidator validator, List<(Type, IValidator)> children)
    {
        var result = new Dictionary<string, PropertyLimits>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in validator.CreateDescriptor().Rules)
        {
            var collection = rule.GetType().Name.StartsWith("CollectionPropertyRule", StringComparison.Ordinal);
            // A rule on a property of the type itself; not one on an expression named after a property (a total named
            // "odaAmount" says nothing of odaAmount alone) nor on a property of a property.
            var name = rule.PropertyName is { Length: > 0 } n && !n.Contains('.') && rule.Member is PropertyInfo member
                && string.Equals(member.Name, n, StringComparison.OrdinalIgnoreCase) ? n : null;
            var limits = name is not null && result.TryGetValue(name, out var found) ? found : new PropertyLimits();
            foreach (var component in rule.Components)
            {
                if (component.HasAsyncCondition || (component.HasCondition && !IsPresenceGuard(component, rule)))
                {
                    continue;
                }
                if (component.Validator is IChildValidatorAdaptor && ChildOf(component) is { } child && ValidatedType(child.GetType()) is { } childType)
                {
                    children.Add((childType, child));
                    continue;
                }
                if (name is not null && !collection)
                {
                    limits = limits.With(component.Validator);
                }
            }
            if (name is not null && !limits.IsEmpty)
            {
                result[name] = limits;
            }
        }
        return result;
    }

    /// <summary>The validator a child adaptor runs, when it is one fixed validator (not chosen per value).</summary>
    private static IValidator? ChildOf(IRuleComponent component)
    {
        if (component.GetType().GetGenericArguments() is not [var owner, _] || owner.IsAbstract || owner.IsValueType)
        {
            return null;
        }
        try
        {
            var context = Activator.CreateInstance(typeof(ValidationContext<>).MakeGenericType(owner),
                System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(owner));
            return component.Validator.GetType().GetMethod("GetValidator")?.Invoke(component.Validator, [context, null]) as IValidator;
        }
        catch (Exception e) when (e is TargetInvocationException or ArgumentException or MemberAccessException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>
    /// Whether the component's condition asks only whether its property is there: true with the property set and every
    /// other property at its default, false with the property absent too. A condition that reads anything else, or fails
    /// on a blank object, is not one.
    /// </summary>
    public static bool IsPresenceGuard(IRuleComponent component, IValidationRule rule)
    {
        if (InvokeCondition is null || rule.Member is not PropertyInfo { CanWrite: true } property)
        {
            return false;
        }
        var owner = component.GetType().GetGenericArguments() is [var t, _] ? t : null;
        if (owner is null || owner.IsAbstract || owner.IsValueType || !property.DeclaringType!.IsAssignableFrom(owner)
            || SampleOf(property.PropertyType) is not { } sample)
        {
            return false;
        }
        try
        {
            var absent = System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(owner);
            var present = System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(owner);
            property.SetValue(present, sample);
            var condition = component.GetType().GetMethod(InvokeCondition.Name, BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)!;
            var context = typeof(ValidationContext<>).MakeGenericType(owner);
            return (bool)condition.Invoke(component, [Activator.CreateInstance(context, present)])!
                && !(bool)condition.Invoke(component, [Activator.CreateInstance(context, absent)])!;
        }
        catch (Exception e) when (e is TargetInvocationException or TargetException or ArgumentException or MemberAccessException or NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>A value of <paramref name="type"/> that is there (not null): empty text, zero, an empty list, a blank object.</summary>
    private static object? SampleOf(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Activator.CreateInstance(underlying);
        }
        if (type == typeof(string))
        {
            return "x";
        }
        if (type.IsArray)
        {
            return Array.CreateInstance(type.GetElementType()!, 0);
        }
        if (type.IsGenericType && type.GetGenericArguments() is [var element]
            && typeof(List<>).MakeGenericType(element) is var list && type.IsAssignableFrom(list))
        {
            return Activator.CreateInstance(list);
        }
        if (type.IsClass && !type.IsAbstract && !typeof(Delegate).IsAssignableFrom(type))
        {
            return System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(type);
        }
        return null;
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
