using System.Net;
using AwesomeAssertions;
using InvestAid.Errors;
using InvestAid.TestBase;

namespace InvestAid.HttpApi.Security;

/// <summary>Every endpoint from the endpoint data source: nothing answers without a sign-in unless it is meant to be public.</summary>
public sealed class AuthenticationProbeTests(ApiFactory factory)
{
    /// <summary>The endpoints that are public on purpose, each with the reason.</summary>
    private static readonly Dictionary<string, string> PublicOnPurpose = new()
    {
        ["/api/account/login"] = "signing in needs no sign-in (AllowAnonymous, lockout after 5 failures)",
        ["/api/account/refresh"] = "the refresh token is the credential (single-use, revoked with the user's security stamp)",
        ["/api/account/session"] = "the browser asks on load whether it is signed in: its own user, or 204; nothing about anyone else",
        ["/health/live"] = "liveness probe of the load balancer / orchestrator; says only \"healthy\"",
        ["/health/ready"] = "readiness probe; names the checks (postgresql, hangfire) and their status, no connection details",
        ["/openapi/{documentName}.json"] = "the API description; the Angular client is generated from it and it holds no data",
        ["/scalar/{documentName?}"] = "the API reference page over the same document",
        ["/scalar/favicon.svg"] = "static asset of the API reference page",
        ["/scalar/scalar.aspnetcore.js"] = "static asset of the API reference page",
        ["/scalar/scalar.js"] = "static asset of the API reference page",
    };

    [Fact]
    public async Task Every_endpoint_that_is_not_public_on_purpose_answers_401_problem_without_a_token()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = factory.CreateClient();
        var endpoints = EndpointCatalog.All(factory.Services).Where(e => !EndpointCatalog.IsRouteFallback(e)).ToList();
        endpoints.Should().HaveCountGreaterThan(50, "the catalog reads the host's endpoint data source");

        var open = endpoints.Where(e => e.AllowsAnonymous || !e.DeclaresAuthorization).Select(e => e.Pattern).Distinct().Order().ToList();
        open.Should().BeEquivalentTo(PublicOnPurpose.Keys, "an endpoint that declares no permission is public: list it here with the reason, or give it RequireAuthorization");

        var failures = new List<string>();
        foreach (var endpoint in endpoints.Where(e => !PublicOnPurpose.ContainsKey(e.Pattern)))
        {
            using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Url());
            request.Content = endpoint.EmptyBody();
            using var response = await client.SendAsync(request, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            if (response.StatusCode != HttpStatusCode.Unauthorized
                || response.Content.Headers.ContentType?.MediaType != "application/problem+json"
                || !body.Contains($"\"code\":\"{ErrorCodes.Unauthenticated}\"", StringComparison.Ordinal))
            {
                failures.Add($"{endpoint} → {(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType} {body[..Math.Min(body.Length, 200)]}");
            }
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public async Task A_forged_or_expired_looking_bearer_token_is_401_on_every_protected_endpoint()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "CfDJ8" + new string('A', 300));
        var failures = new List<string>();
        foreach (var endpoint in EndpointCatalog.All(factory.Services).Where(e => e.DeclaresAuthorization && !e.AllowsAnonymous && e.Method == "GET"))
        {
            using var response = await client.GetAsync(endpoint.Url(), ct);
            if (response.StatusCode != HttpStatusCode.Unauthorized)
            {
                failures.Add($"{endpoint} → {(int)response.StatusCode}");
            }
        }

        failures.Should().BeEmpty();
    }
}
