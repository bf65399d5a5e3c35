using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AwesomeAssertions;
using InvestAid.HttpApi.Dossiers;
using InvestAid.TestBase;
using static InvestAid.HttpApi.Dossiers.DossierApi;

namespace InvestAid.HttpApi.Security;

/// <summary>
/// SQL-injection and path-traversal strings in every query parameter (from the OpenAPI document), every route value (from the
/// endpoint data source) and every upload's file name: a 4xx or a normal 200, never a 5xx, never a stack trace, SQL or a file's content.
/// </summary>
public sealed class InjectionProbeTests(ProcedureApiFactory factory)
{
    /// <summary>What a probe sends; the raw ones go into the URL as they are (already percent-encoded).</summary>
    public static readonly (string Value, bool Raw)[] Payloads =
    [
        ("' OR 1=1 --", false),
        ("\"; DROP TABLE projects; --", false),
        ("1; SELECT pg_sleep(5)--", false),
        ("../../etc/passwd", false),
        ("..%2f..%2f..%2fetc%2fpasswd", true),
        ("%2e%2e%2f%2e%2e%2fetc%2fpasswd", true),
        ("%252e%252e%252f", true),
        ("\u0000", false),
        ("abc\u0000def", false),
        ("<script>alert(1)</script>", false),
        ("%_\\", false),
        ("${jndi:ldap://127.0.0.1/x}", false),
        (new string('A', 8_000), false),
        (string.Concat(Enumerable.Repeat("Đường ", 1_500)), false),
    ];

    /// <summary>Signs of a leak: a .NET stack trace, a driver or SQL error, SQL text, a file of the machine.</summary>
    private static readonly string[] LeakMarkers =
        ["   at ", "Exception", "Npgsql", "SqlState", "syntax error", " FROM ", " WHERE ", "pg_catalog", "root:x:0:0", "/bin/bash", "Microsoft.", "System."];

    [Fact]
    public async Task Every_query_parameter_survives_every_payload()
    {
        var admin = await factory.CreateClientAsAsync("admin@investaid.local");
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var project = await officer.CreateProjectAsync(ProjectRequests.Fdi("Dự án thăm dò " + ProjectRequests.UniqueWord()));
        var document = JsonDocument.Parse(await admin.GetStringAsync("/openapi/v1.json", Ct)).RootElement;

        var probed = 0;
        var failures = new List<string>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            if (!path.Value.TryGetProperty("get", out var get) || !get.TryGetProperty("parameters", out var parameters))
            {
                continue;
            }
            var queryNames = parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query").Select(p => p.GetProperty("name").GetString()!).ToList();
            var url = FillOpenApiPath(path.Name, project.Id);
            // A file route (…/xlsx, …/docx) answers the file its document declares.
            var declared = get.TryGetProperty("responses", out var responses) && responses.TryGetProperty("200", out var ok) && ok.TryGetProperty("content", out var content)
                ? content.EnumerateObject().Select(c => c.Name).ToList() : [];
            foreach (var name in queryNames)
            {
                foreach (var (value, raw) in Payloads)
                {
                    probed++;
                    await ProbeAsync(admin, HttpMethod.Get, $"{url}?{name}={(raw ? value : Uri.EscapeDataString(value))}", null, failures, declared);
                }
            }
        }

        probed.Should().BeGreaterThan(200, "every GET with query parameters is probed");
        failures.Should().BeEmpty(string.Join("\n", failures));
    }

    [Fact]
    public async Task Every_route_value_survives_every_payload()
    {
        var admin = await factory.CreateClientAsAsync("admin@investaid.local");
        var failures = new List<string>();
        var probed = 0;
        foreach (var endpoint in EndpointCatalog.All(factory.Services).Where(e => !EndpointCatalog.IsRouteFallback(e) && e.RouteParameters.Any()))
        {
            foreach (var parameter in endpoint.RouteParameters)
            {
                // A NUL in the path never reaches routing: Kestrel answers 400 itself (the in-memory test server throws instead).
                foreach (var (value, raw) in Payloads.Where(p => !p.Value.Contains('\u0000', StringComparison.Ordinal)))
                {
                    probed++;
                    var url = endpoint.Url(new Dictionary<string, string> { [parameter] = raw ? value : Uri.EscapeDataString(value) });
                    await ProbeAsync(admin, new HttpMethod(endpoint.Method), url, endpoint.EmptyBody(), failures);
                }
            }
        }

        probed.Should().BeGreaterThan(300);
        failures.Should().BeEmpty(string.Join("\n", failures));
    }

    [Fact]
    public async Task Every_upload_survives_every_file_name_and_keeps_only_its_last_segment()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var admin = await factory.CreateClientAsAsync("admin@investaid.local");
        var project = await officer.CreateProjectAsync(ProjectRequests.Ngo("Viện trợ thăm dò " + ProjectRequests.UniqueWord()));
        var dossier = await officer.StartDossierOkAsync(project.Id, "ngo-aid-approval", new DateOnly(2025, 6, 2));
        var uploads = EndpointCatalog.All(factory.Services).Where(e => e.AcceptsForm).ToList();
        uploads.Select(e => e.Name).Should().Contain(["UploadDossierDocument", "ImportProjects", "ImportExchangeRates", "UploadWorkflowDefinition"]);
        var names = Payloads.Where(p => !p.Raw).Select(p => p.Value)
            .Concat(["../../etc/passwd.pdf", "..\\..\\windows\\win.ini.pdf", "/etc/passwd", "C:\\boot.ini.pdf", "a\u0000.pdf", "%2e%2e%2fpasswd.xlsx", "'; DROP TABLE dossier_documents; --.pdf"])
            .ToList();

        var failures = new List<string>();
        foreach (var endpoint in uploads)
        {
            var url = endpoint.Url(new Dictionary<string, string> { ["id"] = dossier.Id.ToString() });
            foreach (var name in names)
            {
                var content = endpoint.Name == "UploadDossierDocument"
                    ? TestDocuments.Pdf().Concat(Encoding.UTF8.GetBytes(name.Length < 100 ? name : "")).ToArray()
                    : Encoding.UTF8.GetBytes("code,date,rate\nUSD,2025-01-02,25400\n");
                var client = endpoint.Name is "ImportProjects" or "UploadDossierDocument" ? officer : admin;
                var body = await ProbeAsync(client, HttpMethod.Post, url, RawFile(name, content), failures);
                if (body is { Status: HttpStatusCode.Created } && endpoint.Name == "UploadDossierDocument")
                {
                    var stored = JsonDocument.Parse(body.Value.Text).RootElement.GetProperty("fileName").GetString()!;
                    if (stored.IndexOfAny(['/', '\\', '\u0000']) >= 0 || stored is "." or "..")
                    {
                        failures.Add($"upload named {Show(name)} stored as {Show(stored)}");
                    }
                }
            }
        }

        failures.Should().BeEmpty(string.Join("\n", failures));
        Directory.EnumerateFiles(factory.StorageRoot, "*", SearchOption.AllDirectories)
            .Select(Path.GetFileName).Should().OnlyContain(f => f!.All(char.IsAsciiHexDigit), "files are stored under their hash, never under a name the client chose");
    }

    private static async Task<(HttpStatusCode Status, string Text)?> ProbeAsync(
        HttpClient client, HttpMethod method, string url, HttpContent? content, List<string> failures, IReadOnlyCollection<string>? declared = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        using var response = await client.SendAsync(request, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        var status = (int)response.StatusCode;
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        var isPage = mediaType == "text/html" && url.StartsWith("/scalar", StringComparison.Ordinal);
        var declaredFile = mediaType is not null && declared?.Contains(mediaType) == true && mediaType is not "text/html";
        if (status >= 500 || (status is >= 200 and < 300 && method == HttpMethod.Get && mediaType is not ("application/json" or "application/xml") && !isPage && !declaredFile))
        {
            failures.Add($"{method} {Show(url)} → {status} {Show(text)}");
        }
        // JSON answers may echo a bad value inside a string (served with nosniff, never rendered); an HTML page must not.
        if (mediaType == "text/html" && text.Contains("<script>alert(1)</script>", StringComparison.Ordinal))
        {
            failures.Add($"{method} {Show(url)} → {status} reflects the script tag unescaped");
        }
        // The API reference page is the product's own HTML (it names .NET types of the API on purpose); its leak check is the script tag above.
        if (!isPage && LeakMarkers.FirstOrDefault(m => text.Contains(m, StringComparison.Ordinal)) is { } marker)
        {
            failures.Add($"{method} {Show(url)} → {status} leaks \"{marker}\": {Show(text)}");
        }
        return (response.StatusCode, text);
    }

    /// <summary>A multipart body written byte by byte, so that the file name reaches the server exactly as given (quotes, NUL and all).</summary>
    private static ByteArrayContent RawFile(string fileName, byte[] content)
    {
        const string boundary = "probe-boundary-7d1c";
        var quoted = fileName.Replace("\"", "%22", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);
        var head = $"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{quoted}\"; filename*=UTF-8''{Uri.EscapeDataString(fileName)}\r\n" +
                   "Content-Type: application/octet-stream\r\n\r\n";
        var body = Encoding.UTF8.GetBytes(head).Concat(content).Concat(Encoding.UTF8.GetBytes($"\r\n--{boundary}--\r\n")).ToArray();
        var result = new ByteArrayContent(body);
        result.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={boundary}");
        return result;
    }

    private static string FillOpenApiPath(string path, Guid projectId) =>
        System.Text.RegularExpressions.Regex.Replace(path, "\\{([^}]+)\\}", m => m.Groups[1].Value switch
        {
            "id" or "projectId" => projectId.ToString(),
            "kind" => "Donor",
            "key" => "ngo-aid-approval",
            "version" => "1",
            "date" => "2025-01-01",
            _ => Guid.NewGuid().ToString(),
        });

    private static string Show(string s) => (s.Length > 160 ? s[..160] + "…" : s).Replace("\u0000", "\\0", StringComparison.Ordinal);
}
