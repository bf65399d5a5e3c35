using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using InvestAid.Benchmarks.Load;
using InvestAid.DbMigrator;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace InvestAid.Benchmarks;

/// <summary>
/// How long a refused sign-in takes on the real host, by path: an existing e-mail with a wrong password, an unknown e-mail, a locked
/// account; medians over N interleaved tries each, once without the floor (<c>Identity:FailedSignInFloorMs</c> = 0) and once with it,
/// in the same run. Traffic goes to 127.0.0.1 only.
/// Run: <c>dotnet InvestAid.Benchmarks.dll login-timing server="Host=…;Port=…;Username=…;Password=…" host=…/InvestAid.HttpApi.Host.dll
/// [tries=50] [floor=400] [port=5991]</c>.
/// </summary>
public static class LoginTimingBenchmark
{
    private const string Existing = "leader@investaid.local";
    private const string Locked = "viewer@investaid.local";

    public static async Task RunAsync(string[] args)
    {
        var o = args.Select(a => a.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        int Int(string key, int fallback) => o.TryGetValue(key, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var server = o.GetValueOrDefault("server") ?? throw new ArgumentException("server=<connection string without a database> is required");
        var hostDll = Path.GetFullPath(o.GetValueOrDefault("host") ?? throw new ArgumentException("host=<path of InvestAid.HttpApi.Host.dll> is required"));
        var (tries, floor, port) = (Int("tries", 50), Int("floor", 400), Int("port", 5991));
        var logFile = Path.Combine(Path.GetTempPath(), $"login-timing-{DateTime.UtcNow:yyyyMMdd-HHmmss}.host.log");

        const string name = "investaid_login_timing";
        var admin = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString;
        await ExecAsync(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        await ExecAsync(admin, $"CREATE DATABASE \"{name}\"");
        var cs = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        var migrator = new ServiceCollection();
        DatabaseMigrator.AddMigratorServices(migrator, cs);
        await using (var services = migrator.BuildServiceProvider())
        {
            await services.GetRequiredService<DatabaseMigrator>().RunAsync(withDemoData: true, seedDemoProjects: false);
        }

        Console.WriteLine($"# Login timing {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {File.ReadAllText("/proc/loadavg").Trim()}");
        Console.WriteLine($"{Environment.ProcessorCount} cores; host in the Production environment on loopback; medians of {tries} interleaved tries per path.");
        Console.WriteLine();
        Console.WriteLine("| floor ms | wrong password ms | unknown e-mail ms | locked account ms | max gap ms |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        try
        {
            foreach (var floorMs in new[] { 0, floor })
            {
                var (host, _) = await HostProcess.StartAsync(hostDll, cs, port, logFile,
                    new Dictionary<string, string> { ["Identity__FailedSignInFloorMs"] = floorMs.ToString(CultureInfo.InvariantCulture) });
                await using (host)
                {
                    var medians = await MeasureAsync(host.BaseUrl, cs, tries);
                    var gap = medians.Max() - medians.Min();
                    Console.WriteLine(FormattableString.Invariant(
                        $"| {floorMs} | {medians[0]:0.0} | {medians[1]:0.0} | {medians[2]:0.0} | {gap:0.0} |"));
                }
            }
        }
        finally
        {
            await ExecAsync(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
        Console.WriteLine($"\nload average at the end {File.ReadAllText("/proc/loadavg").Trim()}");
    }

    /// <summary>Medians (ms) of: existing e-mail with a wrong password, unknown e-mail, locked account.</summary>
    private static async Task<double[]> MeasureAsync(string baseUrl, string cs, int tries)
    {
        using var client = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };
        for (var i = 0; i < 6; i++)
        {
            // Locks the account (the fifth failure) and warms every path up.
            await TimeAsync(client, Locked);
        }
        await ResetAsync(cs);
        await TimeAsync(client, Existing);
        await TimeAsync(client, Unknown());
        await ResetAsync(cs);

        var times = new[] { new List<double>(), new List<double>(), new List<double>() };
        for (var i = 0; i < tries; i++)
        {
            if (i % 3 == 0)
            {
                // The existing account must not lock: its failures are cleared before the fifth.
                await ResetAsync(cs);
            }
            // Interleaved, so that a slow moment of the machine falls on every path alike.
            times[0].Add(await TimeAsync(client, Existing));
            times[1].Add(await TimeAsync(client, Unknown()));
            times[2].Add(await TimeAsync(client, Locked));
        }
        return [.. times.Select(Median)];
    }

    private static string Unknown() => $"nobody.{Guid.NewGuid():N}@investaid.local";

    private static async Task<double> TimeAsync(HttpClient client, string email)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.PostAsJsonAsync("/api/account/login", new { email, password = "wrong-password-1" });
        watch.Stop();
        if ((int)response.StatusCode is not (401 or 423))
        {
            throw new InvalidOperationException($"{email}: {(int)response.StatusCode}");
        }
        return watch.Elapsed.TotalMilliseconds;
    }

    private static Task ResetAsync(string cs) =>
        ExecAsync(cs, $"UPDATE users SET access_failed_count = 0 WHERE normalized_email = '{Existing.ToUpperInvariant()}'");

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static async Task ExecAsync(string cs, string sql)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
