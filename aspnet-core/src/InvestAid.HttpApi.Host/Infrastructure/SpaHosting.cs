using InvestAid.Errors;
using Microsoft.Extensions.FileProviders;

namespace InvestAid.Hosting;

/// <summary>
/// Serves the built Angular app (configuration <c>Spa:Root</c>, default
/// <c>angular/dist/investaid/browser</c> of the repository) with a fallback to index.html
/// for client routes. Unknown <c>/api</c> routes stay 404 ProblemDetails.
/// </summary>
public static class SpaHosting
{
    public static WebApplication UseSpaStaticFiles(this WebApplication app)
    {
        if (ResolveRoot(app) is { } provider)
        {
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = provider });
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = provider,
                OnPrepareResponse = ctx =>
                {
                    // Hashed bundles are immutable; index.html must always be revalidated.
                    ctx.Context.Response.Headers.CacheControl = ctx.File.Name == "index.html"
                        ? "no-cache"
                        : "public, max-age=31536000, immutable";
                },
            });
        }
        return app;
    }

    public static WebApplication MapSpaFallback(this WebApplication app)
    {
        foreach (var prefix in new[] { "/api", "/openapi", "/health", "/hangfire", "/scalar" })
        {
            app.Map(prefix + "/{**rest}", (HttpContext ctx) => UnsupportedMediaType.Refuses(ctx)
                    ? Results.Problem(
                        statusCode: StatusCodes.Status415UnsupportedMediaType,
                        title: "Kiểu dữ liệu không được hỗ trợ",
                        detail: $"Địa chỉ {ctx.Request.Method} {ctx.Request.Path} không nhận nội dung kiểu '{ctx.Request.ContentType}'.",
                        extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.UnsupportedMediaType })
                    : Results.Problem(
                        statusCode: StatusCodes.Status404NotFound,
                        title: "Không tìm thấy",
                        detail: $"Không có địa chỉ {ctx.Request.Method} {ctx.Request.Path}.",
                        extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.RouteNotFound }))
                .AllowAnonymous()
                .ExcludeFromDescription()
                .WithOrder(int.MaxValue);
        }
        if (ResolveRoot(app) is { } provider)
        {
            app.MapFallbackToFile("index.html", new StaticFileOptions { FileProvider = provider }).AllowAnonymous();
        }
        return app;
    }

    private static PhysicalFileProvider? ResolveRoot(WebApplication app)
    {
        var configured = app.Configuration["Spa:Root"];
        var root = configured is { Length: > 0 }
            ? Path.GetFullPath(configured, app.Environment.ContentRootPath)
            : FindInRepository(app.Environment.ContentRootPath);
        return root is not null && File.Exists(Path.Combine(root, "index.html")) ? new PhysicalFileProvider(root) : null;
    }

    private static string? FindInRepository(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "angular", "dist", "investaid", "browser");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
