using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace InvestAid.HttpApi.Security;

/// <summary>One routed endpoint of the host, as the endpoint data source describes it.</summary>
public sealed record ApiEndpoint(string Method, string Pattern, string? Name, RouteEndpoint Endpoint)
{
    public bool AllowsAnonymous => Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;

    public bool DeclaresAuthorization => Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Count > 0;

    public IReadOnlyList<string> Policies =>
        [.. Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>()];

    public bool IsWrite => Method is "POST" or "PUT" or "DELETE" or "PATCH";

    /// <summary>True when the endpoint reads a JSON body (not a form, not a raw XML model, not nothing).</summary>
    public bool AcceptsJson => Endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is { } accepts
        && accepts.ContentTypes.Any(t => t.Contains("json", StringComparison.OrdinalIgnoreCase));

    /// <summary>True when the endpoint reads a multipart form (file uploads).</summary>
    public bool AcceptsForm => Endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is { } accepts
        && accepts.ContentTypes.Any(t => t.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase));

    /// <summary>A harmless body of the kind the endpoint reads (routing matches on the content type): an empty form or <c>{}</c>.</summary>
    public HttpContent? EmptyBody() =>
        !IsWrite ? null
        : AcceptsForm ? new MultipartFormDataContent()
        : new StringContent("{}", System.Text.Encoding.UTF8, "application/json");

    public IEnumerable<string> RouteParameters => Endpoint.RoutePattern.Parameters.Select(p => p.Name);

    /// <summary>The URL with every route parameter filled: a value from <paramref name="values"/>, else a sensible one for its constraint.</summary>
    public string Url(IReadOnlyDictionary<string, string>? values = null)
    {
        var segments = new List<string>();
        foreach (var segment in Endpoint.RoutePattern.PathSegments)
        {
            var text = new System.Text.StringBuilder();
            foreach (var part in segment.Parts)
            {
                text.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter => values is not null && values.TryGetValue(parameter.Name, out var v)
                        ? v
                        : Uri.EscapeDataString(DefaultValue(parameter)),
                    _ => "",
                });
            }
            segments.Add(text.ToString());
        }
        return "/" + string.Join('/', segments);
    }

    private static string DefaultValue(RoutePatternParameterPart parameter)
    {
        var constraints = parameter.ParameterPolicies.Select(p => p.Content ?? "").ToList();
        if (constraints.Contains("guid"))
        {
            return Guid.NewGuid().ToString();
        }
        if (constraints.Contains("int"))
        {
            return "1";
        }
        return parameter.Name switch
        {
            "date" => "2025-01-01",
            "kind" => "Donor",
            "documentName" => "v1",
            "key" => "no-such-procedure",
            "name" => "no-such-message",
            _ when parameter.IsCatchAll => "probe",
            // Task ids and other string ids: a value that names nothing.
            _ => Guid.NewGuid().ToString("N"),
        };
    }

    public override string ToString() => $"{Method} {Pattern}" + (Name is null ? "" : $" ({Name})");
}

/// <summary>Every routed endpoint of the running host, read from its <see cref="EndpointDataSource"/>, so that a new endpoint is probed without being listed.</summary>
public static class EndpointCatalog
{
    public static IReadOnlyList<ApiEndpoint> All(IServiceProvider services) =>
        [.. services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            // The web app's client routes (index.html, present only when the SPA is built): public on purpose, no data.
            .Where(e => e.RoutePattern.RawText?.StartsWith("{*path", StringComparison.Ordinal) != true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => new ApiEndpoint(m, "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'), e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName, e)))
            .OrderBy(e => e.Pattern, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal)];

    /// <summary>The fall-backs that turn unknown /api, /health … paths into a 404 ProblemDetails: no handler of their own.</summary>
    public static bool IsRouteFallback(ApiEndpoint e) => e.Pattern.EndsWith("/{**rest}", StringComparison.Ordinal);
}
