using Xunit;
using System.Net.Http.Json;
using InvestAid.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace InvestAid.TestBase;

/// <summary>
/// The real host over the test assembly's own PostgreSQL database. Hangfire keeps its storage
/// (the readiness check needs it) but runs no server unless a test asks for one.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public TestDatabase Database { get; } = new();

    /// <summary>The SMTP sink the host sends its mail to (a real SMTP conversation over loopback).</summary>
    public InvestAid.MailSink.MailSinkServer Mail { get; } = new();

    public async ValueTask InitializeAsync()
    {
        await Database.InitializeAsync();
        await Mail.StartAsync();
        // Build the host once, here: test classes run in parallel and the factory's lazy start is not thread-safe.
        _ = Server;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // As strict as Development: every registration must be constructible when the host starts.
        builder.UseDefaultServiceProvider(o =>
        {
            o.ValidateOnBuild = true;
            o.ValidateScopes = true;
        });
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = Database.ConnectionString,
            ["Hangfire:ServerEnabled"] = "false",
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = Mail.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:Timeout"] = "00:00:05",
            ["App:BaseUrl"] = "https://investaid.test",
            // Refused sign-ins answer at once here; LoginTimingTests sets the floor it checks.
            ["Identity:FailedSignInFloorMs"] = "0",
        }));
        // Read by Program before the app is built, so they go in as host settings.
        builder.UseSetting("ConnectionStrings:Default", Database.ConnectionString);
        builder.UseSetting("Hangfire:ServerEnabled", "false");
    }

    /// <summary>An HTTP client signed in with a bearer token as the demo user of <paramref name="email"/>.</summary>
    public async Task<HttpClient> CreateClientAsAsync(string email)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/account/login", new LoginRequest(email, DemoUsers.Password()));
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>()
                    ?? throw new InvalidOperationException("The login answered no token.");
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.AccessToken);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Mail.DisposeAsync();
        await Database.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    public sealed record TokenResponse(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);
}
