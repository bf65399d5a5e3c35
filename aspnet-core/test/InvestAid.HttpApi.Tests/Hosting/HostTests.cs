using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AwesomeAssertions;
using InvestAid.Errors;
using InvestAid.Identity;
using InvestAid.TestBase;

namespace InvestAid.HttpApi.Hosting;

public sealed class HostTests(ApiFactory factory)
{
    [Fact]
    public async Task Ready_checks_postgresql_and_hangfire_storage()
    {
        var response = await factory.CreateClient().GetAsync("/health/ready", TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        json.GetProperty("status").GetString().Should().Be("healthy");
        json.GetProperty("checks").GetProperty("postgresql").GetProperty("status").GetString().Should().Be("healthy");
        json.GetProperty("checks").GetProperty("hangfire").GetProperty("status").GetString().Should().Be("healthy");
    }

    /// <summary>
    /// Hangfire's client blocks its thread on a task completion's path; with the runtime's one thread per core 32
    /// concurrent approvals starved the pool (completions waited ~25 s in the load test). The host starts 64 at once.
    /// </summary>
    [Fact]
    public async Task The_host_starts_enough_worker_threads_for_the_blocking_calls_on_its_request_path()
    {
        (await factory.CreateClient().GetAsync("/health/live", TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        ThreadPool.GetMinThreads(out var workers, out _);
        workers.Should().BeGreaterThanOrEqualTo(64);
    }

    [Fact]
    public async Task Live_answers_without_touching_dependencies()
    {
        var response = await factory.CreateClient().GetAsync("/health/live", TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("/api/no-such-thing")]
    [InlineData("/api/v1/projects/unknown/deeper")]
    public async Task Unknown_api_route_is_404_problem(string path)
    {
        var response = await factory.CreateClient().GetAsync(path, TestContext.Current.CancellationToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, ErrorCodes.RouteNotFound);
    }

    [Fact]
    public async Task OpenApi_document_lists_the_account_operations()
    {
        var doc = await factory.CreateClient().GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);

        var paths = JsonDocument.Parse(doc).RootElement.GetProperty("paths");
        paths.GetProperty("/api/account/login").GetProperty("post").GetProperty("operationId").GetString().Should().Be("Login");
        paths.GetProperty("/api/account/me").GetProperty("get").GetProperty("operationId").GetString().Should().Be("GetMe");
    }

    [Fact]
    public async Task Scalar_docs_are_served()
    {
        var response = await factory.CreateClient().GetAsync("/scalar", TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Every_response_carries_security_headers_and_the_correlation_id()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Correlation-Id", "req-42");

        var response = await client.GetAsync("/api/account/me", TestContext.Current.CancellationToken);

        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("X-Frame-Options").Should().Equal("DENY");
        response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("frame-ancestors 'none'");
        response.Headers.GetValues("X-Correlation-Id").Should().Equal("req-42");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        problem.GetProperty("traceId").GetString().Should().Be("req-42");
    }

    [Fact]
    public async Task Hangfire_dashboard_is_for_admins_only()
    {
        var ct = TestContext.Current.CancellationToken;
        (await factory.CreateClient().GetAsync("/hangfire", ct)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        var officer = factory.CreateClient();
        await SignInWithCookie(officer, "officer@investaid.local");
        (await officer.GetAsync("/hangfire", ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        var admin = factory.CreateClient();
        await SignInWithCookie(admin, "admin@investaid.local");
        var page = await admin.GetAsync("/hangfire", ct);
        page.StatusCode.Should().Be(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync(ct)).Should().Contain("công việc nền");
    }

    private static async Task SignInWithCookie(HttpClient client, string email)
    {
        var response = await client.PostAsJsonAsync("/api/account/login?useCookies=true", new LoginRequest(email, DemoUsers.Password()));
        response.EnsureSuccessStatusCode();
    }
}
