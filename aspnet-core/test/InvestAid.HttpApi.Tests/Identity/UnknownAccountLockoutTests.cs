using System.Net.Http.Json;
using AwesomeAssertions;
using InvestAid.Identity;
using InvestAid.TestBase;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace InvestAid.HttpApi.Identity;

/// <summary>
/// Failures for an e-mail that has no account are counted in PostgreSQL: two host nodes on one database lock an unknown
/// e-mail at the fifth failure between them, as Identity does for a real account (whose counter is on its row).
/// </summary>
public sealed class UnknownAccountLockoutTests(ApiFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_hosts_on_one_database_count_the_failures_of_an_unknown_email_together()
    {
        await using var second = new SecondNode(factory.Database.ConnectionString);
        var (a, b) = (factory.CreateClient(), second.CreateClient());
        var email = $"nobody.{Guid.NewGuid():N}@investaid.local";

        var answers = new List<int>();
        for (var attempt = 1; attempt <= AccountConsts.MaxFailedAccessAttempts + 1; attempt++)
        {
            // Alternating nodes, as a load balancer would: node A sees failures 1, 3, 5 and node B 2, 4, 6.
            var response = await (attempt % 2 == 1 ? a : b).PostAsJsonAsync("/api/account/login", new LoginRequest(email, $"wrong-{attempt}"), Ct);
            answers.Add((int)response.StatusCode);
        }

        answers.Should().Equal([401, 401, 401, 401, 423, 423], "the fifth failure locks, whichever node counted the earlier ones");
        (await StoredAsync(email)).Should().Be(1, "one row for the e-mail, under its hash");
    }

    [Fact]
    public async Task Concurrent_failures_on_two_hosts_are_all_counted()
    {
        await using var second = new SecondNode(factory.Database.ConnectionString);
        var (a, b) = (factory.CreateClient(), second.CreateClient());
        var email = $"nobody.{Guid.NewGuid():N}@investaid.local";

        var first = await Task.WhenAll(Enumerable.Range(0, AccountConsts.MaxFailedAccessAttempts - 1).Select(i =>
            (i % 2 == 0 ? a : b).PostAsJsonAsync("/api/account/login", new LoginRequest(email, $"wrong-{i}"), Ct)));
        var fifth = await b.PostAsJsonAsync("/api/account/login", new LoginRequest(email, "wrong-last"), Ct);

        first.Select(r => (int)r.StatusCode).Should().AllBeEquivalentTo(401);
        ((int)fifth.StatusCode).Should().Be(423, "no failure was lost to a concurrent one on the other node");
    }

    private async Task<long> StoredAsync(string email)
    {
        var key = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(email.ToUpperInvariant())));
        await using var conn = new NpgsqlConnection(factory.Database.ConnectionString);
        await conn.OpenAsync(Ct);
        await using var cmd = new NpgsqlCommand("SELECT count(*) FROM unknown_login_failures WHERE key = $1 AND locked_until > now()", conn);
        cmd.Parameters.AddWithValue(key);
        return (long)(await cmd.ExecuteScalarAsync(Ct))!;
    }

    /// <summary>Another host process's worth of state (its own memory, its own pools) over the same database.</summary>
    private sealed class SecondNode(string connectionString) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Default", connectionString);
            builder.UseSetting("Hangfire:ServerEnabled", "false");
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        }
    }
}
