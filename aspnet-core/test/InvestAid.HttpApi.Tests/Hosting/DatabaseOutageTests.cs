using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using AwesomeAssertions;
using InvestAid.Errors;
using InvestAid.Identity;
using InvestAid.TestBase;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace InvestAid.HttpApi.Hosting;

/// <summary>A host whose database cannot be reached answers 503 ProblemDetails with Retry-After (after its retries), not 500.
/// (/health/ready during a real PostgreSQL restart: test/faults, scenario b.)</summary>
public sealed class DatabaseOutageTests(ApiFactory factory)
{
    [Fact]
    public async Task A_database_that_cannot_be_reached_is_a_503_ProblemDetails_with_Retry_After()
    {
        // The test database's server on a port where nothing listens: every connection is refused, as while PostgreSQL restarts.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var away = new NpgsqlConnectionStringBuilder(factory.Database.ConnectionString) { Port = closedPort, Timeout = 2 }.ConnectionString;
        await using var host = new HostOver(away);
        var client = host.CreateClient();

        var response = await client.PostAsJsonAsync("/api/account/login", new LoginRequest("officer@investaid.local", "whatever-2026"), TestContext.Current.CancellationToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable, ErrorCodes.Unavailable);
        response.Headers.RetryAfter!.Delta.Should().BePositive();
    }

    private sealed class HostOver(string connectionString) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Default", connectionString);
            builder.UseSetting("Hangfire:ServerEnabled", "false");
            builder.UseSetting("Serilog:MinimumLevel:Default", "Fatal");
            // Our start-up work (job registration, timer sweep, report publishing) would wait out its own retries against
            // the missing database; this test is about the request path.
            builder.ConfigureTestServices(services =>
            {
                foreach (var startup in services.Where(d => d.ServiceType == typeof(IHostedService)
                             && d.ImplementationType?.Namespace?.StartsWith("InvestAid", StringComparison.Ordinal) == true).ToList())
                {
                    services.Remove(startup);
                }
            });
        }
    }
}
