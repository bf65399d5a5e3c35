using InvestAid.Common;

namespace InvestAid.Hosting;

public static class HttpResultsExtensions
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Sets the ETag of the record about to be answered.</summary>
    public static void SetETag(this HttpContext http, string version) =>
        http.Response.Headers.ETag = $"\"{version}\"";

    public static string? IfMatch(this HttpRequest request) =>
        request.Headers.IfMatch.Count > 0 ? request.Headers.IfMatch.ToString() : null;
}
