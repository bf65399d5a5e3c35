using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace InvestAid.Hosting;

/// <summary>
/// Sets the UI culture of the request from Accept-Language (the web app sends the user's choice): English when the
/// first language the client accepts is English, Vietnamese otherwise. Only the language of messages changes; number
/// and date formats of files and JSON stay as they are.
/// </summary>
public sealed class RequestLanguageMiddleware(RequestDelegate next)
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public Task InvokeAsync(HttpContext context)
    {
        CultureInfo.CurrentUICulture = LanguageOf(context.Request.Headers.AcceptLanguage);
        return next(context);
    }

    public static CultureInfo LanguageOf(string? acceptLanguage)
    {
        if (string.IsNullOrWhiteSpace(acceptLanguage)
            || !StringWithQualityHeaderValue.TryParseList(acceptLanguage.Split(','), out var values))
        {
            return Vietnamese;
        }
        var first = values.Where(v => v.Quality is null or > 0).OrderByDescending(v => v.Quality ?? 1).FirstOrDefault();
        var tag = first?.Value.Value ?? "";
        return tag.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Vietnamese;
    }
}
