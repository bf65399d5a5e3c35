using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing.Template;

namespace InvestAid.Hosting;

/// <summary>
/// Routing passes over an endpoint whose declared body type (<see cref="IAcceptsMetadata"/>) does not match the request's content
/// type, so the request lands on the /api fall-back. This tells that case (an endpoint of that method and path exists, it just
/// reads another content type) from a path that does not exist: 415, not 404.
/// </summary>
public static class UnsupportedMediaType
{
    private static IReadOnlyList<(TemplateMatcher Matcher, IReadOnlyList<string> Methods)>? _routes;

    public static bool Refuses(HttpContext http)
    {
        var routes = _routes ??= [.. http.RequestServices.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAcceptsMetadata>() is { ContentTypes.Count: > 0 } && e.RoutePattern.RawText is { } raw && !raw.Contains("{**", StringComparison.Ordinal))
            .Select(e => (new TemplateMatcher(TemplateParser.Parse(e.RoutePattern.RawText!.TrimStart('/')), new RouteValueDictionary()),
                (IReadOnlyList<string>)(e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])))];
        var path = http.Request.Path;
        return routes.Any(r => (r.Methods.Count == 0 || r.Methods.Contains(http.Request.Method, StringComparer.OrdinalIgnoreCase))
            && r.Matcher.TryMatch(path, new RouteValueDictionary()));
    }
}
