using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using InvestAid.Benchmarks.Load;
using InvestAid.DbMigrator;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace InvestAid.Benchmarks.Faults;

/// <summary>
/// The fault-injection suite (<c>test/faults/run</c> does all of it): seeds a small database, starts the real host on loopback with
/// the real SMTP sink (<c>InvestAid.MailSink</c>, a separate process), records every write the API acknowledged (2xx with ids),
/// and injects one fault at a time: kill -9 of the host, a PostgreSQL restart, a full document store, the SMTP sink down, timers due
/// while the host is down, and two hosts racing on the same tasks. After each, SQL checks compare the acknowledged set and the
/// workflow state with the database. Prints PASS/FAIL with figures, writes a Markdown report, returns 1 on any failure.
/// Run: <c>dotnet InvestAid.Benchmarks.dll faults server=… host=…/InvestAid.HttpApi.Host.dll sink=…/InvestAid.MailSink.dll
/// storage=&lt;a small file system for Storage:Root&gt; pgrestart="&lt;shell command that restarts PostgreSQL&gt;" [port=5190] [report=…]</c>.
/// </summary>
public sealed partial class FaultDriver
{
    private const string Password = "InvestAid@2026";
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(20);

    private readonly Dictionary<string, string> _o;
    private readonly string _run = DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture);
    private readonly StringBuilder _report = new();
    private readonly List<(string Scenario, bool Pass, string Figures)> _results = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    // Every write the API acknowledged, by kind.
    private readonly ConcurrentBag<Guid> _capitalEvents = [];
    private readonly ConcurrentBag<Guid> _dossiers = [];
    private readonly ConcurrentBag<Guid> _instances = [];
    private readonly ConcurrentBag<(Guid Instance, string Task)> _completions = [];
    private readonly ConcurrentBag<(Guid Id, string Sha256)> _documents = [];

    private string _cs = "";
    private string _checks = "";
    private string _hostDll = "";
    private string _logFile = "";
    private string _storage = "";
    private string _mailDir = "";
    private int _port;
    private Dictionary<string, string> _env = [];
    private HostProcess? _host;
    private Process? _sink;
    private LoadSeeder? _seeder;
    private ConcurrentQueue<Guid> _freshNgo = new();
    private readonly Dictionary<string, string> _tokens = [];

    private FaultDriver(Dictionary<string, string> options) => _o = options;

    public static async Task<int> RunAsync(string[] args)
    {
        var o = args.Select(a => a.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        var driver = new FaultDriver(o);
        try
        {
            return await driver.RunAllAsync();
        }
        finally
        {
            await driver.StopAllAsync();
        }
    }

    private string Opt(string key) => _o.GetValueOrDefault(key) ?? throw new ArgumentException($"{key}= is required");

    private int Int(string key, int fallback) => _o.TryGetValue(key, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    private void Say(string line)
    {
        Console.WriteLine(line);
        _report.AppendLine(line);
    }

    private void Log(string line) => Console.WriteLine($"   [{_clock.Elapsed.TotalSeconds,5:F0} s] {line}");

    private async Task<int> RunAllAsync()
    {
        var server = Opt("server");
        _hostDll = Path.GetFullPath(Opt("host"));
        _storage = Path.GetFullPath(Opt("storage"));
        _port = Int("port", 5190);
        var reportPath = _o.GetValueOrDefault("report") ?? $"faults-{DateTime.Now:yyyy-MM-dd-HHmm}.md";
        _logFile = Path.ChangeExtension(reportPath, ".host.log");
        _mailDir = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(reportPath))!, $"mail-{_run}");

        Say($"# Fault injection {DateTime.Now:yyyy-MM-dd HH:mm}");
        Say("");
        Say($"Machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024 / 1024 / 1024.0:F0} GiB, " +
            $"{System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}; host, PostgreSQL, mail sink and driver on one machine, loopback only.");
        Say("");

        // A small database: migrated, reference data and demo users, then projects by COPY (the load seeder).
        const string name = "investaid_faults";
        var admin = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString;
        await ExecAsync(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        await ExecAsync(admin, $"CREATE DATABASE \"{name}\"");
        _cs = new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 50 }.ConnectionString;
        // The driver's own checks open a fresh connection each time: a PostgreSQL restart must not leave them a dead pooled one.
        _checks = new NpgsqlConnectionStringBuilder(_cs) { Pooling = false }.ConnectionString;
        var migrator = new ServiceCollection();
        DatabaseMigrator.AddMigratorServices(migrator, _cs);
        await using (var services = migrator.BuildServiceProvider())
        {
            await services.GetRequiredService<DatabaseMigrator>().RunAsync(withDemoData: true, seedDemoProjects: false);
        }
        await using (var dataSource = NpgsqlDataSource.Create(_cs))
        {
            var projects = Int("projects", 2000);
            _seeder = new LoadSeeder(dataSource, projects, projects / 2, projects, 0);
            Say($"Data: {await _seeder.SeedAsync()}.");
        }
        _freshNgo = new ConcurrentQueue<Guid>(_seeder.Ngo);

        var smtpPort = Int("smtp", _port + 2);
        _env = new Dictionary<string, string>
        {
            ["Hangfire__ServerEnabled"] = "true",
            ["Storage__Root"] = _storage,
            ["Smtp__Host"] = "127.0.0.1",
            ["Smtp__Port"] = smtpPort.ToString(CultureInfo.InvariantCulture),
            ["Smtp__FirstRetryDelay"] = "00:00:05",
            ["Smtp__Timeout"] = "00:00:05",
        };
        StartSink();
        await StartHostAsync();
        foreach (var user in new[] { "officer", "agency.finance", "leader", "admin" })
        {
            _tokens[user] = await SignInAsync($"{user}@investaid.local");
        }
        Say($"Host: `dotnet InvestAid.HttpApi.Host.dll`, Production, http://127.0.0.1:{_port}, Hangfire server on, `Storage:Root` = a {DiskMiB(_storage):F0} MiB tmpfs, " +
            $"SMTP = `InvestAid.MailSink` on 127.0.0.1:{smtpPort} (a separate process), mail retry after 5 s.");
        Say("");

        await ScenarioAsync("a. kill -9 of the host under write and workflow traffic", KillHostAsync);
        await ScenarioAsync("b. PostgreSQL restart (pg_ctl restart -m fast) under traffic", RestartPostgresAsync);
        await ScenarioAsync("c. document store full (tmpfs), then space returns", FullDiskAsync);
        await ScenarioAsync("d. SMTP sink down while notifications are produced, then back", SmtpDownAsync);
        await ScenarioAsync("e. timers due while the host is down fire after the restart", TimersDuringOutageAsync);
        await ScenarioAsync("f. two hosts on one database race to complete the same tasks", TwoHostsRaceAsync);
        await ScenarioAsync("final: every acknowledged write of the whole run, workflow consistency", FinalCheckAsync);

        Say("## Results");
        Say("");
        Say("| scenario | result | figures |");
        Say("|---|---|---|");
        foreach (var (scenario, pass, figures) in _results)
        {
            Say($"| {scenario} | {(pass ? "PASS" : "**FAIL**")} | {figures.Replace("|", "\\|")} |");
        }
        Say("");
        Say($"Whole run: {_clock.Elapsed.TotalSeconds:F0} s. Host log: `{Path.GetFileName(_logFile)}` beside this report.");
        await File.WriteAllTextAsync(reportPath, _report.ToString());
        Console.WriteLine($"report: {reportPath}");
        var failed = _results.Count(r => !r.Pass);
        Console.WriteLine(failed == 0 ? $"ALL {_results.Count} PASS" : $"{failed} of {_results.Count} FAILED");
        return failed == 0 ? 0 : 1;
    }

    private async Task ScenarioAsync(string title, Func<List<string>, Task<bool>> body)
    {
        Say($"## {title}");
        Say("");
        var figures = new List<string>();
        var watch = Stopwatch.StartNew();
        bool pass;
        try
        {
            pass = await body(figures);
        }
        catch (Exception e)
        {
            figures.Add($"driver error: {e.GetType().Name}: {e.Message}");
            pass = false;
            Console.WriteLine(e);
            if (_host is null)
            {
                try
                {
                    await StartHostAsync();
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
        _results.Add((title, pass, string.Join("; ", figures)));
    }

    // ---------------------------------------------------------------- a. kill -9

    private async Task<bool> KillHostAsync(List<string> figures)
    {
        var acksBefore = AckCount();
        var outcomes = new Outcomes();
        var pending = new ConcurrentBag<PendingCompletion>();
        using var stop = new CancellationTokenSource();
        var traffic = TrafficAsync(outcomes, pending, 8, stop.Token);
        await Task.Delay(TimeSpan.FromSeconds(6));
        var inFlight = outcomes.InFlight;
        var killed = Stopwatch.StartNew();
        await _host!.KillAsync();
        await _host.DisposeAsync();
        _host = null;
        Log($"host killed with {inFlight} request(s) in flight");
        await Task.Delay(TimeSpan.FromSeconds(1));
        await stop.CancelAsync();
        await traffic;
        var ready = await StartHostAsync();
        var back = killed.Elapsed;
        Log($"host ready again {back.TotalSeconds:F1} s after the kill (start → ready {ready.TotalSeconds:F1} s)");

        // The completions cut by the kill, sent again with the same Idempotency-Key: the stored answer, or done now — never twice.
        var retried = 0;
        var retriedOk = 0;
        foreach (var p in pending)
        {
            retried++;
            using var response = await Client(p.User).SendAsync(CompleteRequest(p.TaskId, p.Outcome, p.Key));
            if (response.IsSuccessStatusCode)
            {
                retriedOk++;
                var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
                _completions.Add((receipt.GetProperty("instanceId").GetGuid(), receipt.GetProperty("taskId").GetString()!));
            }
            else
            {
                Log($"retry of {p.TaskId} with its key: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }
        var missing = await MissingAcksAsync();
        var consistency = await ConsistencyAsync();
        figures.Add($"{outcomes.Ok} writes acknowledged in {outcomes.Total} requests before/around the kill ({AckCount() - acksBefore} acknowledged ids), {inFlight} in flight at the kill, " +
                    $"{outcomes.ConnectionErrors} cut or refused");
        figures.Add($"host ready again {back.TotalSeconds:F1} s after the kill (start → ready {ready.TotalSeconds:F1} s)");
        figures.Add($"completions cut by the kill retried with their Idempotency-Key: {retriedOk}/{retried} answered 2xx");
        figures.Add($"acknowledged writes missing: {missing.Total} ({missing.Detail})");
        figures.Add($"workflow consistency violations: {consistency.Total}{consistency.Detail}");
        return missing.Total == 0 && consistency.Total == 0 && retriedOk == retried && outcomes.Ok > 0;
    }

    // ---------------------------------------------------------------- b. PostgreSQL restart

    private async Task<bool> RestartPostgresAsync(List<string> figures)
    {
        var outcomes = new Outcomes();
        var pending = new ConcurrentBag<PendingCompletion>();
        using var stop = new CancellationTokenSource();
        var traffic = TrafficAsync(outcomes, pending, 8, stop.Token);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var health = new ConcurrentDictionary<string, int>();
        using var stopHealth = new CancellationTokenSource();
        var healthPoller = Task.Run(async () =>
        {
            while (!stopHealth.IsCancellationRequested)
            {
                var status = await HealthAsync(http);
                health.AddOrUpdate(status, 1, (_, n) => n + 1);
                await Task.Delay(200);
            }
        });
        await Task.Delay(TimeSpan.FromSeconds(3));
        var restart = Stopwatch.StartNew();
        var (code, output) = await ShellAsync(Opt("pgrestart"));
        var restartTook = restart.Elapsed;
        Log($"PostgreSQL restarted ({code}) in {restartTook.TotalSeconds:F1} s {output.Trim()}");
        var readyAgain = TimeSpan.Zero;
        while (restart.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (await HealthAsync(http) == "200")
            {
                readyAgain = restart.Elapsed;
                break;
            }
            await Task.Delay(100);
        }
        await Task.Delay(TimeSpan.FromSeconds(4));
        await stop.CancelAsync();
        await traffic;
        await stopHealth.CancelAsync();
        await healthPoller;
        // Completions whose answer was lost (none expected: the host stays up) are retried with their key.
        foreach (var p in pending)
        {
            using var response = await Client(p.User).SendAsync(CompleteRequest(p.TaskId, p.Outcome, p.Key));
            if (response.IsSuccessStatusCode)
            {
                var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
                _completions.Add((receipt.GetProperty("instanceId").GetGuid(), receipt.GetProperty("taskId").GetString()!));
            }
        }
        var missing = await MissingAcksAsync();
        var consistency = await ConsistencyAsync();
        figures.Add($"{outcomes.Total} requests: {outcomes.Ok} 2xx, failures {outcomes.FailureSummary()}");
        figures.Add($"failures without a ProblemDetails body: {outcomes.Unclear}; requests over {HangLimit.TotalSeconds:F0} s or timed out: {outcomes.Hangs}; " +
                    $"slowest {outcomes.MaxMs / 1000:F1} s; connection errors: {outcomes.ConnectionErrors}");
        figures.Add($"pg_ctl restart took {restartTook.TotalSeconds:F1} s (exit {code}); /health/ready 200 again {readyAgain.TotalSeconds:F1} s after the restart began; " +
                    $"/health/ready answers during the scenario: {string.Join(", ", health.OrderBy(h => h.Key).Select(h => $"{h.Key}×{h.Value}"))}");
        figures.Add($"acknowledged writes missing: {missing.Total} ({missing.Detail})");
        figures.Add($"workflow consistency violations: {consistency.Total}{consistency.Detail}");
        foreach (var sample in outcomes.Samples())
        {
            figures.Add($"sample failure: {sample}");
        }
        return code == 0 && readyAgain > TimeSpan.Zero && missing.Total == 0 && consistency.Total == 0
               && outcomes.Unclear == 0 && outcomes.Hangs == 0 && outcomes.ConnectionErrors == 0 && outcomes.Ok > 0;
    }

    // ---------------------------------------------------------------- c. full disk

    private async Task<bool> FullDiskAsync(List<string> figures)
    {
        var officer = Client("officer");
        var dossier = await StartDossierAsync(officer) ?? throw new InvalidOperationException("could not start a dossier");
        var filler = Path.Combine(_storage, $"filler-{_run}");
        var free = new DriveInfo(_storage).AvailableFreeSpace;
        const int documentBytes = 512 * 1024;
        // Leave room for two and a half documents.
        await WriteZerosAsync(filler, free - (long)(documentBytes * 2.5));
        Log($"store filled: {DiskFreeMiB(_storage):F2} MiB free");

        var statuses = new List<int>();
        var clear = 0;
        var codes = new HashSet<string>();
        var failedHashes = new List<string>();
        var acked = new List<(Guid Id, string Sha256)>();
        var rng = new Random(7);
        for (var i = 0; i < 8; i++)
        {
            var (status, body, sha, problem) = await UploadAsync(officer, dossier, rng, documentBytes, $"ho-so-{i}.pdf");
            statuses.Add(status);
            if (status == 201)
            {
                var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
                acked.Add((id, sha));
                _documents.Add((id, sha));
            }
            else
            {
                failedHashes.Add(sha);
                if (problem && status >= 500)
                {
                    clear++;
                    codes.Add($"{status} {JsonDocument.Parse(body).RootElement.GetProperty("code").GetString()}");
                }
                else
                {
                    Log($"unclear upload failure {status}: {body[..Math.Min(300, body.Length)]}");
                }
            }
        }
        var failed = statuses.Count(s => s != 201);
        var stagingLeft = StagingFiles();
        var failedStored = failedHashes.Count(h => File.Exists(Path.Combine(_storage, h[..2], h)));
        var rows = await ScalarAsync<long>("SELECT count(*) FROM dossier_documents WHERE dossier_id = $1", dossier);

        File.Delete(filler);
        var recovered = 0;
        for (var i = 0; i < 2; i++)
        {
            var (status, body, sha, _) = await UploadAsync(officer, dossier, rng, documentBytes, $"sau-khi-giai-phong-{i}.pdf");
            if (status == 201)
            {
                recovered++;
                _documents.Add((JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid(), sha));
            }
        }
        var rowsAfter = await ScalarAsync<long>("SELECT count(*) FROM dossier_documents WHERE dossier_id = $1", dossier);
        var missing = await MissingAcksAsync();

        figures.Add($"8 uploads of 512 KiB into a store with room for 2.5: {statuses.Count(s => s == 201)} × 201, {failed} failed ({string.Join(", ", statuses)})");
        figures.Add($"failures answered with a 5xx ProblemDetails: {clear}/{failed} ({string.Join(", ", codes)})");
        figures.Add($"document rows of the dossier {rows} = acknowledged {acked.Count}; files of failed uploads in the store: {failedStored}; files left in staging: {stagingLeft}");
        figures.Add($"space freed: {recovered}/2 uploads accepted again (rows {rowsAfter}); acknowledged writes missing (all kinds, files included): {missing.Total} ({missing.Detail})");
        return failed > 0 && acked.Count > 0 && clear == failed && rows == acked.Count && failedStored == 0 && stagingLeft == 0
               && recovered == 2 && rowsAfter == acked.Count + 2 && missing.Total == 0;
    }

    // ---------------------------------------------------------------- d. SMTP down

    private async Task<bool> SmtpDownAsync(List<string> figures)
    {
        var admin = Client("admin");
        var key = $"faults-notify-{_run}";
        var subject = $"Kiểm thử SMTP {_run}";
        await PublishAsync(admin, Wrap(key, $"""
            <bpmn:startEvent id="start" />
            <bpmn:serviceTask id="tell" name="Thông báo" camunda:type="external" camunda:topic="notify"><bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name="to">officer,leader</camunda:inputParameter><camunda:inputParameter name="subject">{subject}</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:serviceTask>
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="tell" />
            <bpmn:sequenceFlow id="f2" sourceRef="tell" targetRef="end" />
            """));
        await StopSinkAsync();
        Log("mail sink stopped");
        const int instances = 12;
        for (var i = 0; i < instances; i++)
        {
            _instances.Add(await StartInstanceAsync(admin, key, $"smtp-{_run}-{i}"));
        }
        const string ours = """
            SELECT count(*), count(*) FILTER (WHERE o.status = 'Pending' AND o.attempts >= 1), count(*) FILTER (WHERE o.status = 'Sent'),
                   coalesce(sum(o.attempts), 0), count(*) FILTER (WHERE o.status = 'Failed')
            FROM mail_outbox o JOIN notifications n ON n.id = o.notification_id WHERE n.title LIKE '%' || $1 || '%'
            """;
        var down = Stopwatch.StartNew();
        (long Total, long FailedOnce, long Sent, long Attempts, long GaveUp) state = default;
        while (down.Elapsed < TimeSpan.FromSeconds(150))
        {
            state = await OutboxAsync(ours, subject);
            if (state.Total > 0 && state.FailedOnce == state.Total)
            {
                break;
            }
            await Task.Delay(2000);
        }
        var whileDown = state;
        var downFor = down.Elapsed;
        Log($"while the sink was down: {whileDown.Total} mails queued, {whileDown.FailedOnce} failed at least once ({down.Elapsed.TotalSeconds:F0} s)");
        StartSink();
        Log("mail sink started again");
        var up = Stopwatch.StartNew();
        while (up.Elapsed < TimeSpan.FromSeconds(150))
        {
            state = await OutboxAsync(ours, subject);
            if (state.Sent == state.Total)
            {
                break;
            }
            await Task.Delay(2000);
        }
        var deliveredAfter = up.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(2));

        var outboxIds = new List<Guid>();
        await using (var conn = new NpgsqlConnection(_checks))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand(
                "SELECT o.id FROM mail_outbox o JOIN notifications n ON n.id = o.notification_id WHERE n.title LIKE '%' || $1 || '%'", conn);
            cmd.Parameters.AddWithValue(subject);
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                outboxIds.Add(reader.GetGuid(0));
            }
        }
        var inSink = SinkMessageIds();
        var copies = outboxIds.Select(id => inSink.GetValueOrDefault(id.ToString())).ToList();
        var lost = copies.Count(c => c == 0);
        var duplicated = copies.Count(c => c > 1);
        var duplicatesAnywhere = inSink.Count(m => m.Value > 1);
        var notifications = await ScalarAsync<long>("SELECT count(*) FROM notifications WHERE title LIKE '%' || $1 || '%'", subject);

        figures.Add($"{instances} procedures asked for a notification to officers and leaders: {notifications} in-app notifications, {whileDown.Total} mails queued; " +
                    $"{whileDown.FailedOnce} of them failed at least once while the sink was down ({downFor.TotalSeconds:F0} s)");
        figures.Add($"sink back: all {state.Sent}/{state.Total} sent {deliveredAfter.TotalSeconds:F0} s later, {state.Attempts} attempts in all, {state.GaveUp} given up");
        figures.Add($"in the sink (by Message-ID = outbox id): lost {lost}, delivered twice or more {duplicated}; any Message-ID twice in the sink: {duplicatesAnywhere}");
        return whileDown.Total > 0 && whileDown.FailedOnce == whileDown.Total && state.Sent == state.Total && lost == 0 && duplicated == 0 && duplicatesAnywhere == 0;
    }

    private async Task<(long, long, long, long, long)> OutboxAsync(string sql, string subject)
    {
        await using var conn = new NpgsqlConnection(_checks);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        cmd.Parameters.AddWithValue(subject);
        await using var reader = await cmd.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
    }

    // ---------------------------------------------------------------- e. timers during an outage

    private Guid[] _timerInstances = [];

    private async Task<bool> TimersDuringOutageAsync(List<string> figures)
    {
        var admin = Client("admin");
        var key = $"faults-timer-{_run}";
        await PublishAsync(admin, Wrap(key, """
            <bpmn:startEvent id="start" />
            <bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDuration>PT15S</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            <bpmn:userTask id="after" name="Sau hẹn giờ" ia:candidateGroups="officer" />
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait" />
            <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="after" />
            <bpmn:sequenceFlow id="f3" sourceRef="after" targetRef="end" />
            """));
        const int count = 10;
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var id = await StartInstanceAsync(admin, key, $"timer-{_run}-{i}");
            ids.Add(id);
            _instances.Add(id);
        }
        _timerInstances = [.. ids];
        await _host!.KillAsync();
        await _host.DisposeAsync();
        _host = null;
        var downAt = DateTimeOffset.UtcNow;
        var dueMax = await ScalarAsync<DateTime>("SELECT max(due_at) FROM workflow_bookmarks WHERE kind = 'Timer' AND instance_id = ANY($1)", ids.ToArray());
        var wait = new DateTimeOffset(dueMax, TimeSpan.Zero) - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(2);
        Log($"host killed; last timer due at {dueMax:HH:mm:ss}Z, waiting {wait.TotalSeconds:F0} s");
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }
        var dueWhileDown = await ScalarAsync<long>(
            "SELECT count(*) FROM workflow_bookmarks WHERE kind = 'Timer' AND instance_id = ANY($1) AND due_at < now() AND due_at > $2", ids.ToArray(), downAt);
        var timersBefore = await ScalarAsync<long>("SELECT count(*) FROM workflow_bookmarks WHERE kind = 'Timer' AND instance_id = ANY($1)", ids.ToArray());
        var restarted = Stopwatch.StartNew();
        var ready = await StartHostAsync();
        long fired = 0;
        while (restarted.Elapsed < TimeSpan.FromSeconds(30))
        {
            fired = await ScalarAsync<long>("""
                SELECT count(*) FROM unnest($1::uuid[]) i(id)
                WHERE EXISTS (SELECT 1 FROM workflow_tasks t WHERE t.instance_id = i.id AND t.element_id = 'after' AND t.status = 'Open')
                  AND NOT EXISTS (SELECT 1 FROM workflow_bookmarks b WHERE b.instance_id = i.id AND b.kind = 'Timer')
                """, ids.ToArray());
            if (fired == count)
            {
                break;
            }
            await Task.Delay(250);
        }
        var firedAfter = restarted.Elapsed;
        figures.Add($"{count} procedures waiting on a 15 s timer, host killed before any fell due; {timersBefore} timers still waiting at the restart, {dueWhileDown} of them due while the host was down");
        figures.Add($"after the restart (ready in {ready.TotalSeconds:F1} s): {fired}/{count} timers fired, all by {firedAfter.TotalSeconds:F1} s after the start command (start-up sweep); " +
                    "no duplicate is checked at the end of the run, after Hangfire's own delayed jobs for these timers have run too");
        return timersBefore == count && dueWhileDown == count && fired == count;
    }

    // ---------------------------------------------------------------- f. two hosts racing

    private async Task<bool> TwoHostsRaceAsync(List<string> figures)
    {
        var port2 = Int("port2", _port + 1);
        var (second, took) = await HostProcess.StartAsync(_hostDll, _cs, port2, _logFile, _env);
        await using var _second = second;
        Log($"second host ready on {port2} in {took.TotalSeconds:F1} s");
        var admin = Client("admin");
        var key = $"faults-race-{_run}";
        await PublishAsync(admin, Wrap(key, """
            <bpmn:startEvent id="start" />
            <bpmn:userTask id="review" name="Xem xét" ia:candidateGroups="officer" ia:outcomes="approve,reject" />
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="review" />
            <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="end" />
            """));
        const int count = 40;
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var id = await StartInstanceAsync(admin, key, $"race-{_run}-{i}");
            ids.Add(id);
            _instances.Add(id);
        }
        var tasks = new List<(Guid Instance, string Task)>();
        await using (var conn = new NpgsqlConnection(_checks))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand("SELECT instance_id, id FROM workflow_tasks WHERE instance_id = ANY($1) AND status = 'Open'", conn);
            cmd.Parameters.AddWithValue(ids.ToArray());
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tasks.Add((reader.GetGuid(0), reader.GetString(1)));
            }
        }
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 256 };
        var a = NewClient(handler, _host!.BaseUrl, _tokens["officer"]);
        var b = NewClient(handler, second.BaseUrl, _tokens["officer"]);
        var statuses = new ConcurrentDictionary<string, int>();
        var winnersPerTask = new ConcurrentDictionary<string, int>();
        var sameKeyMismatch = 0;
        var receiptBodies = new ConcurrentDictionary<string, string>();
        await Task.WhenAll(tasks.Select(async t =>
        {
            var k1 = $"race-{t.Task}-k1";
            var attempts = new (HttpClient Client, string Key, string Outcome)[]
            {
                (a, k1, "approve"), (b, k1, "approve"), (a, $"race-{t.Task}-k2", "reject"), (b, $"race-{t.Task}-k3", "approve"),
            };
            var answers = await Task.WhenAll(attempts.Select(async x =>
            {
                using var response = await x.Client.SendAsync(CompleteRequest(t.Task, x.Outcome, x.Key));
                var body = await response.Content.ReadAsStringAsync();
                statuses.AddOrUpdate(((int)response.StatusCode).ToString(CultureInfo.InvariantCulture), 1, (_, n) => n + 1);
                if ((int)response.StatusCode >= 500)
                {
                    Log($"race answer {(int)response.StatusCode}: {body[..Math.Min(300, body.Length)]}");
                }
                return (x.Key, Status: (int)response.StatusCode, Body: body);
            }));
            var winners = answers.Where(x => x.Status == 200).Select(x => x.Key).Distinct().ToList();
            winnersPerTask[t.Task] = winners.Count;
            foreach (var group in answers.Where(x => x.Status == 200).GroupBy(x => x.Key))
            {
                if (group.Select(x => Canonical(x.Body)).Distinct().Count() > 1)
                {
                    Interlocked.Increment(ref sameKeyMismatch);
                }
            }
            if (winners.Count == 1)
            {
                _completions.Add(t);
            }
        }));
        var completionsPerTask = await ScalarAsync<long>("""
            SELECT count(*) FROM (
              SELECT t.id FROM workflow_tasks t
              LEFT JOIN workflow_history h ON h.instance_id = t.instance_id AND h.task_id = t.id AND h.ended IS NOT NULL
              WHERE t.instance_id = ANY($1) GROUP BY t.instance_id, t.id HAVING count(h.id) <> 1) wrong
            """, ids.ToArray());
        var receiptsWrong = await ScalarAsync<long>("""
            SELECT count(*) FROM unnest($1::uuid[]) i(id) WHERE (SELECT count(*) FROM workflow_receipts r WHERE r.instance_id = i.id) <> 1
            """, ids.ToArray());
        var notCompleted = await ScalarAsync<long>("SELECT count(*) FROM workflow_instances WHERE id = ANY($1) AND status <> 'Completed'", ids.ToArray());
        var consistency = await ConsistencyAsync();
        var oneWinner = winnersPerTask.Values.Count(v => v == 1);
        var fiveHundreds = statuses.Where(s => s.Key.StartsWith('5')).Sum(s => s.Value);
        figures.Add($"{tasks.Count} tasks, 4 concurrent completions each (host A and B with the same key, A and B with two other keys): " +
                    $"answers {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}");
        figures.Add($"tasks with exactly one winning key: {oneWinner}/{tasks.Count}; same key answered with different receipts: {sameKeyMismatch}");
        figures.Add($"in the database: tasks whose history has ≠ 1 completion: {completionsPerTask}; instances with ≠ 1 receipt: {receiptsWrong}; instances not completed: {notCompleted}; " +
                    $"consistency violations: {consistency.Total}{consistency.Detail}");
        return tasks.Count == count && oneWinner == count && sameKeyMismatch == 0 && completionsPerTask == 0 && receiptsWrong == 0
               && notCompleted == 0 && consistency.Total == 0 && fiveHundreds == 0;
    }

    private static string Canonical(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement);

    // ---------------------------------------------------------------- final

    private async Task<bool> FinalCheckAsync(List<string> figures)
    {
        var missing = await MissingAcksAsync();
        var consistency = await ConsistencyAsync();
        var timerDuplicates = await ScalarAsync<long>("""
            SELECT count(*) FROM unnest($1::uuid[]) i(id) WHERE (SELECT count(*) FROM workflow_tasks t WHERE t.instance_id = i.id AND t.element_id = 'after') <> 1
            """, _timerInstances);
        figures.Add($"acknowledged over the run: {_capitalEvents.Count} capital events, {_dossiers.Count} dossiers, {_completions.Count} task completions, " +
                    $"{_documents.Count} documents (rows and files), {_instances.Count} workflow instances; missing: {missing.Total} ({missing.Detail})");
        figures.Add($"timer instances with ≠ 1 task after the timer: {timerDuplicates}; staging files left: {StagingFiles()}");
        figures.Add($"workflow consistency violations: {consistency.Total}{consistency.Detail}");
        return missing.Total == 0 && consistency.Total == 0 && timerDuplicates == 0 && StagingFiles() == 0;
    }

    // ---------------------------------------------------------------- checks

    private long AckCount() => _capitalEvents.Count + _dossiers.Count + _instances.Count + _completions.Count + _documents.Count;

    private async Task<(long Total, string Detail)> MissingAcksAsync()
    {
        await using var conn = new NpgsqlConnection(_checks);
        await conn.OpenAsync();
        async Task<long> Missing(string sql, params object[] values)
        {
            await using var cmd = new NpgsqlCommand(sql, conn);
            foreach (var v in values)
            {
                cmd.Parameters.AddWithValue(v);
            }
            return (long)(await cmd.ExecuteScalarAsync())!;
        }
        var events = await Missing("SELECT count(*) FROM unnest($1::uuid[]) a(id) WHERE NOT EXISTS (SELECT 1 FROM capital_events e WHERE e.id = a.id)", _capitalEvents.ToArray());
        var dossiers = await Missing("SELECT count(*) FROM unnest($1::uuid[]) a(id) WHERE NOT EXISTS (SELECT 1 FROM dossiers d WHERE d.id = a.id)", _dossiers.ToArray());
        var instances = await Missing("SELECT count(*) FROM unnest($1::uuid[]) a(id) WHERE NOT EXISTS (SELECT 1 FROM workflow_instances i WHERE i.id = a.id)", _instances.ToArray());
        var completions = _completions.ToArray();
        var tasks = await Missing("""
            SELECT count(*) FROM unnest($1::uuid[], $2::text[]) a(instance_id, id)
            WHERE NOT EXISTS (SELECT 1 FROM workflow_tasks t WHERE t.instance_id = a.instance_id AND t.id = a.id AND t.status = 'Completed')
            """, completions.Select(c => c.Instance).ToArray(), completions.Select(c => c.Task).ToArray());
        var documents = _documents.ToArray();
        var rows = await Missing("SELECT count(*) FROM unnest($1::uuid[]) a(id) WHERE NOT EXISTS (SELECT 1 FROM dossier_documents d WHERE d.id = a.id)",
            documents.Select(d => d.Id).ToArray());
        var files = documents.Count(d => !File.Exists(Path.Combine(_storage, d.Sha256[..2], d.Sha256)));
        var total = events + dossiers + instances + tasks + rows + files;
        return (total, $"capital events {events}/{_capitalEvents.Count}, dossiers {dossiers}/{_dossiers.Count}, instances {instances}/{_instances.Count}, " +
                       $"completions {tasks}/{completions.Length}, document rows {rows}/{documents.Length}, files {files}");
    }

    /// <summary>Workflow invariants, over every instance in the database (SQL, the engine's tables read only).</summary>
    private async Task<(long Total, string Detail)> ConsistencyAsync()
    {
        var checks = new (string Name, string Sql)[]
        {
            ("open task without its user-task bookmark", """
                SELECT count(*) FROM workflow_tasks t WHERE t.status = 'Open'
                  AND NOT EXISTS (SELECT 1 FROM workflow_bookmarks b WHERE b.instance_id = t.instance_id AND b.kind = 'UserTask' AND b.task_id = t.id)
                """),
            ("user-task bookmark without an open task (orphan)", """
                SELECT count(*) FROM workflow_bookmarks b WHERE b.kind = 'UserTask'
                  AND NOT EXISTS (SELECT 1 FROM workflow_tasks t WHERE t.instance_id = b.instance_id AND t.id = b.task_id AND t.status = 'Open')
                """),
            ("token, bookmark or open task of an ended instance (orphan)", """
                SELECT (SELECT count(*) FROM workflow_tokens k JOIN workflow_instances i ON i.id = k.instance_id WHERE i.status IN ('Completed', 'Terminated'))
                     + (SELECT count(*) FROM workflow_bookmarks b JOIN workflow_instances i ON i.id = b.instance_id WHERE i.status IN ('Completed', 'Terminated'))
                     + (SELECT count(*) FROM workflow_tasks t JOIN workflow_instances i ON i.id = t.instance_id WHERE t.status = 'Open' AND i.status IN ('Completed', 'Terminated'))
                """),
            ("token, bookmark or task of no instance (orphan)", """
                SELECT (SELECT count(*) FROM workflow_tokens k WHERE NOT EXISTS (SELECT 1 FROM workflow_instances i WHERE i.id = k.instance_id))
                     + (SELECT count(*) FROM workflow_bookmarks b WHERE NOT EXISTS (SELECT 1 FROM workflow_instances i WHERE i.id = b.instance_id))
                     + (SELECT count(*) FROM workflow_tasks t WHERE NOT EXISTS (SELECT 1 FROM workflow_instances i WHERE i.id = t.instance_id))
                """),
            ("running instance with no token (stuck)", """
                SELECT count(*) FROM workflow_instances i WHERE i.status = 'Running'
                  AND NOT EXISTS (SELECT 1 FROM workflow_tokens k WHERE k.instance_id = i.id)
                """),
            ("duplicated open task (same instance and element)", """
                SELECT count(*) FROM (SELECT 1 FROM workflow_tasks WHERE status = 'Open' GROUP BY instance_id, element_id HAVING count(*) > 1) d
                """),
            ("task completed twice in the history", """
                SELECT count(*) FROM (SELECT 1 FROM workflow_history WHERE task_id IS NOT NULL AND ended IS NOT NULL AND activity_type = 'userTask'
                                      GROUP BY instance_id, task_id HAVING count(*) > 1) d
                """),
            ("dossier without its workflow instance, or procedure instance without its dossier", """
                SELECT (SELECT count(*) FROM dossiers d WHERE d.workflow_instance_id IS NOT NULL
                          AND NOT EXISTS (SELECT 1 FROM workflow_instances i WHERE i.id = d.workflow_instance_id))
                     + (SELECT count(*) FROM workflow_instances i WHERE i.definition_key = 'ngo-aid-approval'
                          AND NOT EXISTS (SELECT 1 FROM dossiers d WHERE d.workflow_instance_id = i.id))
                """),
        };
        await using var conn = new NpgsqlConnection(_checks);
        await conn.OpenAsync();
        long total = 0;
        var detail = new List<string>();
        foreach (var (name, sql) in checks)
        {
            await using var cmd = new NpgsqlCommand(sql, conn);
            var n = Convert.ToInt64(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
            total += n;
            if (n > 0)
            {
                detail.Add($"{name}: {n}");
            }
        }
        var instances = await new NpgsqlCommand("SELECT count(*) FROM workflow_instances", conn).ExecuteScalarAsync();
        return (total, $" ({checks.Length} checks over {instances} instances{(detail.Count > 0 ? "; " + string.Join("; ", detail) : "")})");
    }

    // ---------------------------------------------------------------- traffic

    private sealed record PendingCompletion(string User, string TaskId, string? Outcome, string Key);

    private static readonly Dictionary<string, string> GroupUsers = new()
    {
        ["officer"] = "officer", ["agency:STC"] = "agency.finance", ["leader"] = "leader",
    };

    /// <summary>Officers record capital events; dossiers are started and their tasks completed by their groups to the end.</summary>
    private Task TrafficAsync(Outcomes rec, ConcurrentBag<PendingCompletion> pending, int workers, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, workers).Select(async worker =>
        {
            var rng = new Random(worker * 31 + _results.Count);
            var today = DateOnly.FromDateTime(DateTime.Today).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Guid? dossier = null;
            while (!stop.IsCancellationRequested)
            {
                if (rng.Next(100) < 40)
                {
                    var project = _seeder!.Fdi[rng.Next(_seeder.Fdi.Count)];
                    var created = await rec.SendAsync(Client("officer"), () => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/projects/{project}/capital-events")
                    {
                        Content = JsonContent.Create(new { type = "Adjustment", effectiveDate = today, capitalChangeUsd = 1000m + rng.Next(1000), note = "kiểm thử lỗi" }),
                    });
                    if (created is { } e)
                    {
                        _capitalEvents.Add(e.GetProperty("id").GetGuid());
                    }
                    continue;
                }
                if (dossier is null)
                {
                    if (!_freshNgo.TryDequeue(out var project))
                    {
                        await Task.Delay(100);
                        continue;
                    }
                    var started = await rec.SendAsync(Client("officer"), () => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/projects/{project}/dossiers")
                    {
                        Content = JsonContent.Create(StartDossierBody(today)),
                    });
                    if (started is { } d)
                    {
                        dossier = d.GetProperty("id").GetGuid();
                        _dossiers.Add(dossier.Value);
                        _instances.Add(d.GetProperty("workflowInstanceId").GetGuid());
                    }
                    continue;
                }
                var current = await rec.SendAsync(Client("officer"), () => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/dossiers/{dossier}"), write: false);
                if (current is not { } c)
                {
                    continue;
                }
                var open = c.GetProperty("tasks").EnumerateArray().FirstOrDefault(t => t.GetProperty("status").GetString() == "Open");
                if (open.ValueKind != JsonValueKind.Object)
                {
                    dossier = null;
                    continue;
                }
                var group = open.GetProperty("candidateGroups").EnumerateArray().Select(g => g.GetString()!).FirstOrDefault(GroupUsers.ContainsKey) ?? "officer";
                var user = GroupUsers[group];
                var outcome = open.GetProperty("outcomes").EnumerateArray().Select(x => x.GetString()).FirstOrDefault();
                var taskId = open.GetProperty("id").GetString()!;
                var key = Guid.NewGuid().ToString("N");
                var receipt = await rec.SendAsync(Client(user), () => CompleteRequest(taskId, outcome, key), onCut: () => pending.Add(new(user, taskId, outcome, key)));
                if (receipt is { } r)
                {
                    _completions.Add((r.GetProperty("instanceId").GetGuid(), r.GetProperty("taskId").GetString()!));
                }
            }
        }));

    private static object StartDossierBody(string today) => new
    {
        procedureKey = "ngo-aid-approval", receivedOn = today, applicant = new { name = "Nguyễn Văn An", contact = "0912 345 678" },
        variables = new { agencies = new[] { "STC" } },
    };

    private async Task<Guid?> StartDossierAsync(HttpClient officer)
    {
        if (!_freshNgo.TryDequeue(out var project))
        {
            return null;
        }
        var today = DateOnly.FromDateTime(DateTime.Today).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var response = await officer.PostAsJsonAsync($"/api/v1/projects/{project}/dossiers", StartDossierBody(today));
        response.EnsureSuccessStatusCode();
        var d = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = d.GetProperty("id").GetGuid();
        _dossiers.Add(id);
        _instances.Add(d.GetProperty("workflowInstanceId").GetGuid());
        return id;
    }

    private static HttpRequestMessage CompleteRequest(string taskId, string? outcome, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/tasks/{Uri.EscapeDataString(taskId)}/complete")
        {
            Content = JsonContent.Create(new { outcome, comment = "Đồng ý (kiểm thử lỗi)" }),
        };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    private async Task<(int Status, string Body, string Sha256, bool Problem)> UploadAsync(HttpClient client, Guid dossier, Random rng, int bytes, string fileName)
    {
        var content = new byte[bytes];
        rng.NextBytes(content);
        "%PDF-1.7\n"u8.CopyTo(content);
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", fileName);
        using var response = await client.PostAsync($"/api/v1/dossiers/{dossier}/documents", form);
        var body = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, body, sha, response.Content.Headers.ContentType?.MediaType == "application/problem+json");
    }

    private static string Wrap(string key, string body) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:ia="http://investaid.vn/schema/bpmn" id="defs" targetNamespace="http://investaid.vn/faults">
        <bpmn:process id="{key}" name="Kiểm thử lỗi {key}" isExecutable="true">
        {body}
        </bpmn:process>
        </bpmn:definitions>
        """;

    private static async Task PublishAsync(HttpClient client, string xml)
    {
        using var upload = await client.PostAsync("/api/v1/workflow-definitions", new StringContent(xml, Encoding.UTF8, "text/xml"));
        if (!upload.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"upload {(int)upload.StatusCode}: {await upload.Content.ReadAsStringAsync()}");
        }
        var key = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString();
        using var publish = await client.PostAsync($"/api/v1/workflow-definitions/{key}/publish", null);
        if (!publish.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"publish {(int)publish.StatusCode}: {await publish.Content.ReadAsStringAsync()}");
        }
    }

    private static async Task<Guid> StartInstanceAsync(HttpClient client, string key, string businessKey)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/workflow-instances", new { definitionKey = key, businessKey });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"start {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    // ---------------------------------------------------------------- processes

    private async Task<TimeSpan> StartHostAsync()
    {
        var (host, took) = await HostProcess.StartAsync(_hostDll, _cs, _port, _logFile, _env);
        _host = host;
        _clients.Clear();
        return took;
    }

    private void StartSink()
    {
        var smtp = int.Parse(_env["Smtp__Port"], CultureInfo.InvariantCulture);
        var info = new ProcessStartInfo("dotnet", [Path.GetFullPath(Opt("sink")), "--smtp-port", smtp.ToString(CultureInfo.InvariantCulture),
            "--http-port", Int("sinkhttp", _port + 3).ToString(CultureInfo.InvariantCulture), "--dir", _mailDir])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        _sink = Process.Start(info) ?? throw new InvalidOperationException("the mail sink did not start");
        _sink.OutputDataReceived += (_, _) => { };
        _sink.ErrorDataReceived += (_, _) => { };
        _sink.BeginOutputReadLine();
        _sink.BeginErrorReadLine();
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(30))
        {
            try
            {
                using var probe = new System.Net.Sockets.TcpClient();
                probe.Connect("127.0.0.1", smtp);
                return;
            }
            catch (System.Net.Sockets.SocketException)
            {
                Thread.Sleep(100);
            }
        }
        throw new TimeoutException("the mail sink did not listen within 30 s");
    }

    private async Task StopSinkAsync()
    {
        if (_sink is { HasExited: false })
        {
            Process.Start("kill", ["-KILL", _sink.Id.ToString(CultureInfo.InvariantCulture)])?.WaitForExit();
            await _sink.WaitForExitAsync();
        }
        _sink?.Dispose();
        _sink = null;
    }

    /// <summary>Message-ID (the outbox row id) → how many copies the sink keeps.</summary>
    private Dictionary<string, int> SinkMessageIds()
    {
        var ids = new Dictionary<string, int>();
        if (!Directory.Exists(_mailDir))
        {
            return ids;
        }
        foreach (var file in Directory.GetFiles(_mailDir, "*.eml"))
        {
            var head = File.ReadAllText(file);
            var match = MessageIdHeader().Match(head);
            if (match.Success)
            {
                ids[match.Groups[1].Value] = ids.GetValueOrDefault(match.Groups[1].Value) + 1;
            }
        }
        return ids;
    }

    [GeneratedRegex(@"^Message-ID:\s*<([^@>]+)@", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex MessageIdHeader();

    private async Task StopAllAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
        await StopSinkAsync();
    }

    private static async Task<(int Code, string Output)> ShellAsync(string command)
    {
        var info = new ProcessStartInfo("bash", ["-c", command]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }

    private int StagingFiles()
    {
        var staging = Path.Combine(_storage, "staging");
        return Directory.Exists(staging) ? Directory.GetFiles(staging).Length : 0;
    }

    private static double DiskMiB(string path) => new DriveInfo(path).TotalSize / 1024.0 / 1024.0;

    private static double DiskFreeMiB(string path) => new DriveInfo(path).AvailableFreeSpace / 1024.0 / 1024.0;

    private static async Task WriteZerosAsync(string path, long bytes)
    {
        var chunk = new byte[64 * 1024];
        await using var file = new FileStream(path, FileMode.Create, FileAccess.Write);
        for (long written = 0; written < bytes; written += chunk.Length)
        {
            await file.WriteAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, bytes - written)));
        }
    }

    private async Task<string> HealthAsync(HttpClient http)
    {
        try
        {
            using var response = await http.GetAsync($"{_host!.BaseUrl}/health/ready");
            return ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
        }
        catch (HttpRequestException)
        {
            return "refused";
        }
        catch (TaskCanceledException)
        {
            return "timeout";
        }
    }

    // ---------------------------------------------------------------- HTTP

    private readonly SocketsHttpHandler _handler = new() { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
    private readonly ConcurrentDictionary<string, HttpClient> _clients = new();

    private HttpClient Client(string user) => _clients.GetOrAdd(user, u => NewClient(_handler, _host!.BaseUrl, _tokens[u]));

    private static HttpClient NewClient(HttpMessageHandler handler, string baseUrl, string token)
    {
        var client = new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<string> SignInAsync(string email)
    {
        using var client = new HttpClient { BaseAddress = new Uri(_host!.BaseUrl) };
        var password = Environment.GetEnvironmentVariable("INVESTAID_DEMO_PASSWORD") ?? Password;
        using var response = await client.PostAsJsonAsync("/api/account/login", new { email, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private async Task<T> ScalarAsync<T>(string sql, params object[] values)
    {
        await using var conn = new NpgsqlConnection(_checks);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        foreach (var v in values)
        {
            cmd.Parameters.AddWithValue(v);
        }
        return (T)(await cmd.ExecuteScalarAsync())!;
    }

    private static async Task ExecAsync(string cs, string sql)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 600 };
        await cmd.ExecuteNonQueryAsync();
    }

    /// <summary>What the traffic got back: successes, failures by status, whether each failure was a ProblemDetails, latencies.</summary>
    private sealed class Outcomes
    {
        private readonly ConcurrentDictionary<string, int> _failures = new();
        private readonly ConcurrentDictionary<string, string> _samples = new();
        private int _ok;
        private int _total;
        private int _unclear;
        private int _hangs;
        private int _connection;
        private int _inFlight;
        private long _maxTicks;

        public int Ok => _ok;
        public int Total => _total;
        public int Unclear => _unclear;
        public int Hangs => _hangs;
        public int ConnectionErrors => _connection;
        public int InFlight => Volatile.Read(ref _inFlight);
        public double MaxMs => TimeSpan.FromTicks(Interlocked.Read(ref _maxTicks)).TotalMilliseconds;

        public string FailureSummary() => _failures.IsEmpty ? "none" : string.Join(", ", _failures.OrderBy(f => f.Key).Select(f => $"{f.Key}×{f.Value}"));

        public IEnumerable<string> Samples() => _samples.OrderBy(s => s.Key).Take(3).Select(s => $"{s.Key}: {s.Value}");

        /// <summary>The JSON answer when 2xx, else null; <paramref name="onCut"/> when the connection broke without an answer.</summary>
        public async Task<JsonElement?> SendAsync(HttpClient client, Func<HttpRequestMessage> make, bool write = true, Action? onCut = null)
        {
            Interlocked.Increment(ref _total);
            Interlocked.Increment(ref _inFlight);
            var watch = Stopwatch.StartNew();
            try
            {
                using var response = await client.SendAsync(make());
                var body = await response.Content.ReadAsStringAsync();
                Note(watch.Elapsed);
                if (response.IsSuccessStatusCode)
                {
                    if (write)
                    {
                        Interlocked.Increment(ref _ok);
                    }
                    return JsonDocument.Parse(body).RootElement.Clone();
                }
                var status = (int)response.StatusCode;
                var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json";
                var code = problem ? TryCode(body) : "no ProblemDetails";
                _failures.AddOrUpdate($"{status} {code}", 1, (_, n) => n + 1);
                _samples.TryAdd($"{status} {code}", body[..Math.Min(240, body.Length)]);
                if (!problem)
                {
                    Interlocked.Increment(ref _unclear);
                }
                return null;
            }
            catch (HttpRequestException)
            {
                Note(watch.Elapsed);
                Interlocked.Increment(ref _connection);
                _failures.AddOrUpdate("connection cut/refused", 1, (_, n) => n + 1);
                onCut?.Invoke();
                await Task.Delay(100); // a client backs off instead of spinning on a dead port
                return null;
            }
            catch (TaskCanceledException)
            {
                Note(watch.Elapsed);
                Interlocked.Increment(ref _hangs);
                _failures.AddOrUpdate("timeout", 1, (_, n) => n + 1);
                onCut?.Invoke();
                return null;
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }

        private void Note(TimeSpan took)
        {
            if (took >= HangLimit)
            {
                Interlocked.Increment(ref _hangs);
            }
            long seen;
            while (took.Ticks > (seen = Interlocked.Read(ref _maxTicks)) && Interlocked.CompareExchange(ref _maxTicks, took.Ticks, seen) != seen)
            {
            }
        }

        private static string TryCode(string body)
        {
            try
            {
                return JsonDocument.Parse(body).RootElement.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "";
            }
            catch (JsonException)
            {
                return "";
            }
        }
    }
}
