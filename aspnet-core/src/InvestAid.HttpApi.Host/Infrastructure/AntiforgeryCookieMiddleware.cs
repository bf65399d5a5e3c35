using InvestAid.Errors;
using Microsoft.AspNetCore.Antiforgery;

namespace InvestAid.Hosting;

/// <summary>
/// Anti-forgery for calls authenticated by the browser cookie: a state-changing request must
/// echo the <c>XSRF-TOKEN</c> cookie in the <c>X-XSRF-TOKEN</c> header (Angular does this by default).
/// Calls with a bearer token carry no ambient credentials and are not checked.
/// </summary>
public sealed class AntiforgeryCookieMiddleware(RequestDelegate next, IAntiforgery antiforgery)
{
    public const string HeaderName = "X-XSRF-TOKEN";
    public const string CookieName = "XSRF-TOKEN";

    public async Task InvokeAsync(HttpContext context)
    {
        if (IsUnsafe(context.Request.Method)
            && context.Request.Path.StartsWithSegments("/api")
            && context.User.Identity?.IsAuthenticated == true
            && !context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                await Results.Problem(
                        statusCode: StatusCodes.Status400BadRequest,
                        title: "Yêu cầu không hợp lệ",
                        detail: "Mã chống giả mạo (anti-forgery) thiếu hoặc không đúng. Hãy tải lại trang.",
                        extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.AntiforgeryInvalid })
                    .ExecuteAsync(context);
                return;
            }
        }
        await next(context);
    }

    /// <summary>Issues a fresh request token for the current user in a cookie the web app can read.</summary>
    public static void IssueToken(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        context.Response.Cookies.Append(CookieName, tokens.RequestToken!, new CookieOptions
        {
            HttpOnly = false,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/",
        });
    }

    private static bool IsUnsafe(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));
}
