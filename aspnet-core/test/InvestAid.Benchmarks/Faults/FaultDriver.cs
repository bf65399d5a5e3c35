using System.Diagnostics;
using System.Globalization;
using System.Text;
using InvestAid.Benchmarks.Faults.Scenarios;
using InvestAid.Benchmarks.Load;
using InvestAid.DbMigrator;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace InvestAid.Benchmarks.Faults;

/// <summary>
/// The fault-injection suite (<c>test/faults/run</c> does all of it): seeds a small database, starts the real host on loopback with
/// the real SMTP sink (<c>InvestAid.MailSink</c>, a separate process), signs in the demo users, and runs the scenarios
/// (<see cref="IFaultScenario"/>, one class each in <c>Scenarios/</c>) one at a time over one <see cref="FaultContext"/>, which
/// records every write the API acknowledged. Prints PASS/FAIL with figures, writes a Markdown report, returns 1 on any failure.
/// Run: <c>dotnet InvestAid.Benchmarks.dll faults server=… host=…/InvestAid.HttpApi.Host.dll sink=…/InvestAid.MailSink.dll
/// storage=&lt;a small file system for Storage:Root&gt; pgrestart="&lt;shell command that restarts PostgreSQL&gt;" [port=5190] [report=…]</c>.
/// </summary>
public sealed class FaultDriver
{
    /// <summary>The scenarios, in the order they run (the final check last).</summary>
    public static IReadOnlyList<IFaultScenario> Scenarios { get; } =
    [
        new KillHostScenario(),
        new PostgresRestartScenario(),
        new FullDiskScenario(),
        new SmtpDownScenario(),
        new TimersDuringOutageScenario(),
        new TwoHostsRaceScenario(),
        new FinalCheckScenario(),
    ];

    private readonly Dictionary<string, string> _options;
    private readonly FaultContext _context;
    private readonly StringBuilder _report = new();
    private readonly List<(string Scenario, bool Pass, string Figures)> _results = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    private FaultDriver(Dictionary<string, string> options)
    {
        _options = options;
        _context = new FaultContext(options, _clock);
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var o = args.Select(a => a.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        var driver = new FaultDriver(o);
        await using (driver._context)
        {
            return await driver.RunAllAsync();
        }
    }

    private void Say(string line)
    {
        Console.WriteLine(line);
        _report.AppendLine(line);
    }

    private async Task<int> RunAllAsync()
    {
        var c = _context;
        var server = c.Opt("server");
        c.HostDll = Path.GetFullPath(c.Opt("host"));
        c.Storage = Path.GetFullPath(c.Opt("storage"));
        c.Port = c.Int("port", 5190);
        var reportPath = _options.GetValueOrDefault("report") ?? $"faults-{DateTime.Now:yyyy-MM-dd-HHmm}.md";
        c.LogFile = Path.ChangeExtension(reportPath, ".host.log");
        c.MailDir = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(reportPath))!, $"mail-{c.Run}");

        Say($"# Fault injection {DateTime.Now:yyyy-MM-dd HH:mm}");
        Say("");
        Say($"Machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024 / 1024 / 1024.0:F0} GiB, " +
            $"{System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}; host, PostgreSQL, mail sink and driver on one machine, loopback only.");
        Say("");

        // A small database: migrated, reference data and demo users, then projects by COPY (the load seeder).
        const string name = "investaid_faults";
        var admin = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString;
        await FaultContext.ExecAsync(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        await FaultContext.ExecAsync(admin, $"CREATE DATABASE \"{name}\"");
        c.ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 50 }.ConnectionString;
        c.Checks = new NpgsqlConnectionStringBuilder(c.ConnectionString) { Pooling = false }.ConnectionString;
        var migrator = new ServiceCollection();
        DatabaseMigrator.AddMigratorServices(migrator, c.ConnectionString);
        await using (var services = migrator.BuildServiceProvider())
        {
            await services.GetRequiredService<DatabaseMigrator>().RunAsync(withDemoData: true, seedDemoProjects: false);
        }
        await using (var dataSource = NpgsqlDataSource.Create(c.ConnectionString))
        {
            var projects = c.Int("projects", 2000);
            c.Seeder = new LoadSeeder(dataSource, projects, projects / 2, projects, 0);
            Say($"Data: {await c.Seeder.SeedAsync()}.");
        }
        c.FreshNgo = new(c.Seeder.Ngo);

        var smtpPort = c.Int("smtp", c.Port + 2);
        c.HostEnvironment = new Dictionary<string, string>
        {
            ["Hangfire__ServerEnabled"] = "true",
            ["Storage__Root"] = c.Storage,
            ["Smtp__Host"] = "127.0.0.1",
            ["Smtp__Port"] = smtpPort.ToString(CultureInfo.InvariantCulture),
            ["Smtp__FirstRetryDelay"] = "00:00:05",
            ["Smtp__Timeout"] = "00:00:05",
        };
        c.StartSink();
        await c.StartHostAsync();
        await c.SignInAsync("officer", "agency.finance", "leader", "admin");
        Say($"Host: `dotnet InvestAid.HttpApi.Host.dll`, Production, http://127.0.0.1:{c.Port}, Hangfire server on, `Storage:Root` = a {FaultContext.DiskMiB(c.Storage):F0} MiB tmpfs, " +
            $"SMTP = `InvestAid.MailSink` on 127.0.0.1:{smtpPort} (a separate process), mail retry after 5 s.");
        Say("");

        foreach (var scenario in Scenarios)
        {
            await RunScenarioAsync(scenario);
        }

        Say("## Results");
        Say("");
        Say("| scenario | result | figures |");
        Say("|---|---|---|");
        foreach (var (scenario, pass, figures) in _results)
        {
            Say($"| {scenario} | {(pass ? "PASS" : "**FAIL**")} | {figures.Replace("|", "\\|")} |");
        }
        Say("");
        Say($"Whole run: {_clock.Elapsed.TotalSeconds:F0} s. Host log: `{Path.GetFileName(c.LogFile)}` beside this report.");
        await File.WriteAllTextAsync(reportPath, _report.ToString());
        Console.WriteLine($"report: {reportPath}");
        var failed = _results.Count(r => !r.Pass);
        Console.WriteLine(failed == 0 ? $"ALL {_results.Count} PASS" : $"{failed} of {_results.Count} FAILED");
        return failed == 0 ? 0 : 1;
    }

    private async Task RunScenarioAsync(IFaultScenario scenario)
    {
        Say($"## {scenario.Name}");
        Say("");
        _context.Log($"fault: {scenario.Fault}");
        _context.Log($"must hold: {scenario.MustHold}");
        _context.ScenariosRun = _results.Count;
        var figures = new List<string>();
        var watch = Stopwatch.StartNew();
        bool pass;
        try
        {
            pass = await scenario.RunAsync(_context, figures);
        }
        catch (Exception e)
        {
            figures.Add($"driver error: {e.GetType().Name}: {e.Message}");
            pass = false;
            Console.WriteLine(e);
            if (_context.Host is null)
            {
                try
                {
                    await _context.StartHostAsync();
                }
                catch (Exception again)
                {
                    figures.Add($"host did not come back: {again.Message}");
                }
            }
        }
        figures.Add($"{watch.Elapsed.TotalSeconds:F0} s");
        foreach (var f in figures)
        {
            Say($"- {f}");
        }
        Say("");
        Say($"**{(pass ? "PASS" : "FAIL")}**");
        Say("");
        _results.Add((scenario.Name, pass, string.Join("; ", figures)));
    }
}
