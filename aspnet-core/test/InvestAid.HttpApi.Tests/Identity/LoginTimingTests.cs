using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using AwesomeAssertions;
using InvestAid.Identity;
using InvestAid.TestBase;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InvestAid.HttpApi.Identity;

/// <summary>
/// A sign-in costs the same work whether the e-mail exists, is locked or not: one password-hash check each, and every refusal waits
/// out the floor <c>Identity:FailedSignInFloorMs</c> (docs/security.md). The timing figures (medians over 50 tries) are written to
/// the test output; they are measured, not asserted (the benchmark mode <c>login-timing</c> measures them with and without the floor).
/// </summary>
public sealed class LoginTimingTests(ApiFactory factory)
{
    private const string Password = "Timing-Test-2026";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_locked_account_checks_the_password_hash_as_a_wrong_password_does()
    {
        var hasher = new CountingHasher();
        await using var host = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IPasswordHasher<AppUser>>(hasher)));
        var client = host.CreateClient();
        var email = await CreateUserAsync(host.Services);
        for (var attempt = 1; attempt <= AccountConsts.MaxFailedAccessAttempts; attempt++)
        {
            await client.PostAsJsonAsync("/api/account/login", new LoginRequest(email, "wrong-password"), Ct);
        }

        var before = hasher.Verifications;
        var locked = await client.PostAsJsonAsync("/api/account/login", new LoginRequest(email, "wrong-password"), Ct);

        locked.StatusCode.Should().Be((HttpStatusCode)423);
        (hasher.Verifications - before).Should().Be(1, "a locked account's answer spends one hash check, as a wrong password's does");
    }

    [Fact]
    public async Task Every_refused_sign_in_waits_at_least_the_floor()
    {
        const int floorMs = 300;
        await using var host = factory.WithWebHostBuilder(b => b.ConfigureAppConfiguration((_, c) =>
            c.AddInMemoryCollection(new Dictionary<string, string?> { ["Identity:FailedSignInFloorMs"] = floorMs.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        var client = host.CreateClient();
        var open = await CreateUserAsync(host.Services);
        var locked = await CreateUserAsync(host.Services);
        for (var attempt = 1; attempt <= AccountConsts.MaxFailedAccessAttempts; attempt++)
        {
            await client.PostAsJsonAsync("/api/account/login", new LoginRequest(locked, "wrong-password"), Ct);
        }

        var times = new Dictionary<string, double>
        {
            ["wrong password"] = await TimeAsync(client, open),
            ["unknown e-mail"] = await TimeAsync(client, $"nobody.{Guid.NewGuid():N}@investaid.local"),
            ["locked account"] = await TimeAsync(client, locked),
        };
        var watch = Stopwatch.StartNew();
        (await client.PostAsJsonAsync("/api/account/login", new LoginRequest(open, Password), Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        var success = watch.Elapsed.TotalMilliseconds;

        foreach (var (path, ms) in times)
        {
            ms.Should().BeGreaterThanOrEqualTo(floorMs, $"a refusal ({path}) answers no sooner than the floor");
        }
        TestContext.Current.SendDiagnosticMessage($"Refusals with a {floorMs} ms floor: {string.Join(", ", times.Select(t => $"{t.Key} {t.Value:0} ms"))}; a success {success:0} ms");
    }

    [Fact]
    public async Task A_locked_account_and_an_unknown_e_mail_get_the_same_answer()
    {
        var client = factory.CreateClient();
        var locked = await CreateUserAsync(factory.Services);
        var unknown = $"nobody.{Guid.NewGuid():N}@investaid.local";
        for (var attempt = 1; attempt <= AccountConsts.MaxFailedAccessAttempts; attempt++)
        {
            await client.PostAsJsonAsync("/api/account/login", new LoginRequest(locked, "wrong-password"), Ct);
            await client.PostAsJsonAsync("/api/account/login", new LoginRequest(unknown, "wrong-password"), Ct);
        }

        using var lockedAnswer = await client.PostAsJsonAsync("/api/account/login", new LoginRequest(locked, Password), Ct);
        using var unknownAnswer = await client.PostAsJsonAsync("/api/account/login", new LoginRequest(unknown, Password), Ct);

        unknownAnswer.StatusCode.Should().Be(lockedAnswer.StatusCode);
        lockedAnswer.StatusCode.Should().Be((HttpStatusCode)423, "even the right password is refused while the account is locked");
        var a = await lockedAnswer.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Ct);
        var b = await unknownAnswer.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Ct);
        Fields(b).Should().Equal(Fields(a), "the answers say the same, apart from the request's trace id");
        Fields(a).Select(f => f.Split('=')[0]).Should().Contain(["title", "detail", "code"]);
    }

    private static IEnumerable<string> Fields(System.Text.Json.JsonElement e) =>
        e.EnumerateObject().Where(p => p.Name != "traceId").Select(p => $"{p.Name}={p.Value.GetRawText()}").Order();

    [Fact]
    public async Task Login_timing_medians_over_50_tries_are_reported()
    {
        var client = factory.CreateClient();
        var open = await CreateUserAsync(factory.Services);
        var locked = await CreateUserAsync(factory.Services);
        for (var attempt = 1; attempt <= AccountConsts.MaxFailedAccessAttempts; attempt++)
        {
            await client.PostAsJsonAsync("/api/account/login", new LoginRequest(locked, "wrong-password"), Ct);
        }
        var unknown = $"nobody.{Guid.NewGuid():N}@investaid.local";
        // Warm up every path once.
        foreach (var email in new[] { open, locked, unknown })
        {
            await client.PostAsJsonAsync("/api/account/login", new LoginRequest(email, "wrong-password"), Ct);
        }

        var times = new Dictionary<string, List<double>> { ["exists"] = [], ["locked"] = [], ["unknown"] = [] };
        for (var i = 0; i < 50; i++)
        {
            if (i % 3 == 0)
            {
                await ResetFailuresAsync(open);
            }
            // Interleaved, so that a slow moment of the machine falls on every kind alike.
            times["exists"].Add(await TimeAsync(client, open));
            times["locked"].Add(await TimeAsync(client, locked));
            times["unknown"].Add(await TimeAsync(client, $"nobody.{Guid.NewGuid():N}@investaid.local"));
        }

        var medians = times.ToDictionary(t => t.Key, t => Median(t.Value));
        TestContext.Current.SendDiagnosticMessage(
            $"Login medians over 50 tries: exists {medians["exists"]:0.0} ms, locked {medians["locked"]:0.0} ms, unknown {medians["unknown"]:0.0} ms");
        var line = FormattableString.Invariant(
            $"{DateTimeOffset.UtcNow:u} login medians over 50 tries: exists {medians["exists"]:0.0} ms, locked {medians["locked"]:0.0} ms, unknown {medians["unknown"]:0.0} ms");
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        // Also kept next to the test assembly, for the note (measured, not asserted).
        await File.AppendAllTextAsync(Path.Combine(AppContext.BaseDirectory, "login-timing.txt"), line + Environment.NewLine, Ct);
        medians.Values.Should().OnlyContain(m => m > 0);
    }

    private static async Task<double> TimeAsync(HttpClient client, string email)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.PostAsJsonAsync("/api/account/login", new LoginRequest(email, "wrong-password"), Ct);
        watch.Stop();
        ((int)response.StatusCode).Should().BeOneOf(401, 423);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private async Task ResetFailuresAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        await users.ResetAccessFailedCountAsync((await users.FindByEmailAsync(email))!);
    }

    private static async Task<string> CreateUserAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser($"timing.{Guid.NewGuid():N}@investaid.local", "Đo thời gian");
        (await users.CreateAsync(user, Password)).Succeeded.Should().BeTrue();
        (await users.AddToRoleAsync(user, RoleNames.Viewer)).Succeeded.Should().BeTrue();
        return user.Email!;
    }

    private sealed class CountingHasher : IPasswordHasher<AppUser>
    {
        private readonly PasswordHasher<AppUser> _inner = new();
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public string HashPassword(AppUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
