using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using InvestAid.Errors;
using Microsoft.AspNetCore.Mvc;

namespace InvestAid.Hosting;

/// <summary>
/// An enum in the query string is given by name (<c>kind=Fdi</c>), never by number: minimal APIs bind enums with
/// <see cref="Enum.TryParse(Type, string?, bool, out object?)"/>, which takes "1" (and "99", a value no member has) as well. A number
/// for an enum query parameter — a handler's parameter or a property of an <c>[AsParameters]</c> query — answers 400 naming it,
/// as a JSON body's enum given as a number does (<c>allowIntegerValues: false</c>).
/// </summary>
public sealed class EnumQueryMiddleware(RequestDelegate next)
{
    // The enum query names of each endpoint's handler, found once.
    private static readonly ConcurrentDictionary<Endpoint, string[]> Names = new();

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.QueryString.HasValue
            && context.GetEndpoint() is { } endpoint
            && Names.GetOrAdd(endpoint, EnumQueryNames) is { Length: > 0 } names)
        {
            foreach (var (key, values) in context.Request.Query)
            {
                if (names.FirstOrDefault(n => string.Equals(n, key, StringComparison.OrdinalIgnoreCase)) is { } name
                    && values.FirstOrDefault(IsNumber) is { } number)
                {
                    await Results.ValidationProblem(
                            new Dictionary<string, string[]> { [JsonNamingName(name)] = [$"Giá trị '{number}' không hợp lệ: hãy dùng tên, không dùng số."] },
                            detail: $"Tham số '{JsonNamingName(name)}' nhận tên của giá trị, không nhận số.",
                            title: "Yêu cầu không hợp lệ",
                            extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.MalformedRequest })
                        .ExecuteAsync(context);
                    return;
                }
            }
        }
        await next(context);
    }

    /// <summary>A number, or a comma-separated list holding one (Enum.TryParse reads "Fdi, 2" too).</summary>
    private static bool IsNumber(string? value) =>
        value is not null && value.Split(',').Any(part => long.TryParse(part.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out _));

    private static string JsonNamingName(string name) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);

    private static string[] EnumQueryNames(Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<MethodInfo>() is not { } handler)
        {
            return [];
        }
        var names = new List<string>();
        foreach (var parameter in handler.GetParameters())
        {
            if (parameter.GetCustomAttribute<AsParametersAttribute>() is not null)
            {
                names.AddRange(parameter.ParameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Where(p => IsEnum(p.PropertyType) && p.GetCustomAttribute<FromRouteAttribute>() is null)
                    .Select(p => p.GetCustomAttribute<FromQueryAttribute>()?.Name ?? p.Name));
            }
            else if (IsEnum(parameter.ParameterType) && parameter.GetCustomAttribute<FromRouteAttribute>() is null && parameter.Name is { } name)
            {
                names.Add(parameter.GetCustomAttribute<FromQueryAttribute>()?.Name ?? name);
            }
        }
        // A parameter named in the route template is bound from the route, not the query.
        var routed = (endpoint as RouteEndpoint)?.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase) ?? [];
        return [.. names.Where(n => !routed.Contains(n))];
    }

    private static bool IsEnum(Type type) => (Nullable.GetUnderlyingType(type) ?? type).IsEnum;
}
