using System.Net;
using System.Net.Http.Json;
using System.Text;
using AwesomeAssertions;
using InvestAid.Dossiers;
using InvestAid.Errors;
using InvestAid.Identity;
using InvestAid.TestBase;

namespace InvestAid.HttpApi.Security;

/// <summary>On real Kestrel over loopback: request-size limits, security headers on every kind of answer, the job dashboard, cookies.</summary>
[Collection(KestrelCollection.Name)]
public sealed class HttpSurfaceProbeTests(KestrelApiFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Kestrel answers 413 as soon as it knows and stops reading; "Expect: 100-continue" lets the client hear that answer
    // instead of writing 31 MB into a closed connection, as browsers and HTTP libraries do for large bodies.
    [Fact]
    public async Task A_31_MB_JSON_body_is_413_problem_with_or_without_a_content_length()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var json = Encoding.UTF8.GetBytes("{\"nameVi\":\"" + new string('x', 31 * 1024 * 1024) + "\"}");

        var sized = await officer.SendAsync(Expecting100(HttpMethod.Post, "/api/v1/projects", new ByteArrayContent(json) { Headers = { ContentType = new("application/json") } }), Ct);
        await sized.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, ErrorCodes.PayloadTooLarge);

        var (status, head) = await SendChunkedAsync("/api/v1/projects", officer.DefaultRequestHeaders.Authorization!.ToString(), json);
        status.Should().Be(413, head);
        head.Should().Contain("application/problem+json");
    }

    [Fact]
    public async Task A_26_MB_document_and_a_6_MB_model_are_413_problem()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(new byte[26 * 1024 * 1024]), "file", "lon.pdf");
        var upload = await officer.SendAsync(Expecting100(HttpMethod.Post, $"/api/v1/dossiers/{Guid.NewGuid()}/documents", form), Ct);
        await upload.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, ErrorCodes.PayloadTooLarge);
        DossierConsts.MaxDocumentBytes.Should().BeLessThan(26 * 1024 * 1024);

        var model = new StringContent("<definitions>" + new string(' ', 6 * 1024 * 1024) + "</definitions>", Encoding.UTF8, "text/xml");
        var bpmn = await officer.SendAsync(Expecting100(HttpMethod.Post, "/api/v1/workflow-definitions", model), Ct);
        await bpmn.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, ErrorCodes.PayloadTooLarge);
    }

    private static HttpRequestMessage Expecting100(HttpMethod method, string url, HttpContent content)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.ExpectContinue = true;
        return request;
    }

    /// <summary>A chunked body (no Content-Length) over a raw socket, written until the server stops reading; returns the status and headers it answered.</summary>
    private async Task<(int Status, string Head)> SendChunkedAsync(string path, string authorization, byte[] body)
    {
        var address = factory.ClientOptions.BaseAddress;
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port, Ct);
        var stream = tcp.GetStream();
        var head = $"POST {path} HTTP/1.1\r\nHost: {address.Authority}\r\nAuthorization: {authorization}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), Ct);
        try
        {
            for (var offset = 0; offset < body.Length; offset += 64 * 1024)
            {
                var size = Math.Min(64 * 1024, body.Length - offset);
                await stream.WriteAsync(Encoding.ASCII.GetBytes($"{size:x}\r\n"), Ct);
                await stream.WriteAsync(body.AsMemory(offset, size), Ct);
                await stream.WriteAsync("\r\n"u8.ToArray(), Ct);
            }
            await stream.WriteAsync("0\r\n\r\n"u8.ToArray(), Ct);
        }
        catch (IOException)
        {
            // The server answered and closed while we were still writing: what it answered is in the receive buffer.
        }
        var buffer = new byte[16 * 1024];
        var read = await stream.ReadAsync(buffer, Ct);
        var answer = Encoding.UTF8.GetString(buffer, 0, read);
        return (int.Parse(answer.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), answer[..Math.Min(answer.Length, 600)]);
    }

    public static TheoryData<string, string, HttpStatusCode> Answers() => new()
    {
        { "API 200", "/api/account/me", HttpStatusCode.OK },
        { "API 401", "/api/v1/projects", HttpStatusCode.Unauthorized },
        { "API 404", "/api/no-such-thing", HttpStatusCode.NotFound },
        { "API 400", "/api/v1/projects?page=abc", HttpStatusCode.BadRequest },
        { "SPA index", "/", HttpStatusCode.OK },
        { "SPA client route", "/projects/123/edit", HttpStatusCode.OK },
        { "health", "/health/live", HttpStatusCode.OK },
        { "API reference", "/scalar", HttpStatusCode.OK },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task Every_kind_of_answer_carries_the_security_headers(string what, string path, HttpStatusCode status)
    {
        var client = path is "/api/account/me" or "/api/v1/projects?page=abc" ? await factory.CreateClientAsAsync("viewer@investaid.local") : factory.CreateClient();

        var response = await client.GetAsync(path, Ct);

        response.StatusCode.Should().Be(status, what);
        var headers = response.Headers;
        headers.GetValues("X-Content-Type-Options").Should().Equal(["nosniff"], what);
        headers.GetValues("X-Frame-Options").Should().Equal(["DENY"], what);
        headers.GetValues("Referrer-Policy").Should().Equal(["strict-origin-when-cross-origin"], what);
        headers.GetValues("Cross-Origin-Opener-Policy").Should().Equal(["same-origin"], what);
        headers.GetValues("Permissions-Policy").Single().Should().Contain("camera=()", what);
        var csp = headers.GetValues("Content-Security-Policy").Single();
        csp.Should().Contain("frame-ancestors 'none'", what).And.Contain("object-src 'none'", what);
        if (!path.StartsWith("/scalar", StringComparison.Ordinal))
        {
            csp.Should().Contain("script-src 'self';", what).And.NotContain("unsafe-eval", what);
        }
        headers.Contains("X-Powered-By").Should().BeFalse(what);
        if ((int)status >= 400)
        {
            response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json", what);
        }
    }

    [Fact]
    public async Task The_job_dashboard_and_its_commands_are_closed_to_everyone_but_admins()
    {
        var anonymous = factory.CreateClient();
        var officer = await CookieClientAsync("officer@investaid.local");
        var viewerBearer = await factory.CreateClientAsAsync("viewer@investaid.local");
        var admin = await CookieClientAsync("admin@investaid.local");
        string[] pages = ["/hangfire", "/hangfire/jobs/enqueued", "/hangfire/recurring", "/hangfire/servers", "/hangfire/stats"];
        string[] commands = ["/hangfire/recurring/trigger", "/hangfire/recurring/remove", "/hangfire/jobs/enqueued/delete", "/hangfire/jobs/failed/requeue"];

        foreach (var page in pages)
        {
            (await anonymous.GetAsync(page, Ct)).StatusCode.Should().Be(HttpStatusCode.Unauthorized, page);
            (await officer.GetAsync(page, Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden, page);
            (await viewerBearer.GetAsync(page, Ct)).StatusCode.Should().BeOneOf([HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden], page);
        }
        foreach (var command in commands)
        {
            var body = new FormUrlEncodedContent([new("jobs[]", "disbursement-reminders")]);
            (await anonymous.PostAsync(command, body, Ct)).StatusCode.Should().Be(HttpStatusCode.Unauthorized, command);
            (await officer.PostAsync(command, body, Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden, command);
            (await viewerBearer.PostAsync(command, body, Ct)).StatusCode.Should().BeOneOf([HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden], command);
        }
        (await admin.GetAsync("/hangfire/recurring", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Session_cookies_are_HttpOnly_and_SameSite_strict_and_the_XSRF_cookie_is_readable_by_the_app_only()
    {
        var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/account/login?useCookies=true", new LoginRequest("officer@investaid.local", DemoUsers.Password()), Ct);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var cookies = response.Headers.GetValues("Set-Cookie").ToDictionary(c => c[..c.IndexOf('=')], c => c.ToLowerInvariant());
        cookies.Keys.Should().Contain(["investaid.auth", "XSRF-TOKEN"]);
        foreach (var (name, cookie) in cookies)
        {
            cookie.Should().Contain("samesite=strict", name).And.Contain("path=/", name);
            if (name != "XSRF-TOKEN")
            {
                cookie.Should().Contain("httponly", name);
            }
        }
        cookies["XSRF-TOKEN"].Should().NotContain("httponly", "Angular reads it to send X-XSRF-TOKEN; it is useless without the HttpOnly auth cookie");
    }

    private async Task<HttpClient> CookieClientAsync(string email)
    {
        var client = factory.CreateClient();
        (await client.PostAsJsonAsync("/api/account/login?useCookies=true", new LoginRequest(email, DemoUsers.Password()), Ct)).EnsureSuccessStatusCode();
        return client;
    }
}

[CollectionDefinition(Name)]
public sealed class KestrelCollection
{
    /// <summary>The tests on <see cref="KestrelApiFactory"/> run one after another: the fuzz test counts the rows of its database before and after.</summary>
    public const string Name = "Kestrel host";
}
