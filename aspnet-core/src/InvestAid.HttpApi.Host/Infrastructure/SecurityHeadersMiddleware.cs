namespace InvestAid.Hosting;

/// <summary>Security headers on every response (DESIGN.md section 9).</summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    // Angular and bpmn-js set inline styles; scripts come only from this origin.
    private const string AppPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    // The API reference and the job dashboard run their own inline scripts.
    private const string ToolPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; object-src 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var h = context.Response.Headers;
            h["X-Content-Type-Options"] = "nosniff";
            h["X-Frame-Options"] = "DENY";
            h["Referrer-Policy"] = "strict-origin-when-cross-origin";
            h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            h["Cross-Origin-Opener-Policy"] = "same-origin";
            var path = context.Request.Path;
            h["Content-Security-Policy"] = path.StartsWithSegments("/scalar") || path.StartsWithSegments("/hangfire")
                ? ToolPolicy
                : AppPolicy;
            return Task.CompletedTask;
        });
        return next(context);
    }
}
