using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using InvestAid.Benchmarks.Load;
using Npgsql;

namespace InvestAid.Benchmarks.Faults;

/// <summary>
/// What every scenario shares: the options, the database (connection strings and SQL helpers), the host process (start, kill),
/// the mail sink process, the signed-in users' HTTP clients, the seeded projects, the acknowledged writes, and the console log.
/// </summary>
public sealed partial class FaultContext : IAsyncDisposable
{
    public const string Password = "InvestAid@2026";

    /// <summary>A request that takes longer than this counts as hung.</summary>
    public static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(20);

    private readonly Dictionary<string, string> _options;
    private readonly Stopwatch _clock;
    private readonly Dictionary<string, string> _tokens = [];
    private readonly SocketsHttpHandler _handler = new() { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
    private readonly ConcurrentDictionary<string, HttpClient> _clients = new();
    private Process? _sink;

    public FaultContext(Dictionary<string, string> options, Stopwatch clock)
    {
        _options = options;
        _clock = clock;
    }

    /// <summary>This run's mark (HHmmss), in keys and names so that a run never meets an earlier one's data.</summary>
    public string Run { get; } = DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture);

    /// <summary>The host's connection string (pooled).</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>The driver's own checks: a fresh connection each time, so that a PostgreSQL restart leaves them no dead pooled one.</summary>
    public string Checks { get; set; } = "";

    public string HostDll { get; set; } = "";

    public string LogFile { get; set; } = "";

    /// <summary>The document store (<c>Storage:Root</c>), a small file system that can be filled up.</summary>
    public string Storage { get; set; } = "";

    public string MailDir { get; set; } = "";

    public int Port { get; set; }

    /// <summary>The host's extra environment (Hangfire on, storage, SMTP).</summary>
    public Dictionary<string, string> HostEnvironment { get; set; } = [];

    /// <summary>The running host, or null while it is down.</summary>
    public HostProcess? Host { get; private set; }

    public LoadSeeder? Seeder { get; set; }

    /// <summary>NGO projects that have no dossier yet.</summary>
    public ConcurrentQueue<Guid> FreshNgo { get; set; } = new();

    public AcknowledgedWrites Acks { get; } = new();

    /// <summary>The instances waiting on timers in scenario e, checked again at the end of the run.</summary>
    public Guid[] TimerInstances { get; set; } = [];

    /// <summary>How many scenarios ran before this one (seeds the traffic's random numbers).</summary>
    public int ScenariosRun { get; set; }

    public string Opt(string key) => _options.GetValueOrDefault(key) ?? throw new ArgumentException($"{key}= is required");

    public int Int(string key, int fallback) => _options.TryGetValue(key, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public string? Optional(string key) => _options.GetValueOrDefault(key);

    public void Log(string line) => Console.WriteLine($"   [{_clock.Elapsed.TotalSeconds,5:F0} s] {line}");

    // ---------------------------------------------------------------- host

    public async Task<TimeSpan> StartHostAsync()
    {
        var (host, took) = await HostProcess.StartAsync(HostDll, ConnectionString, Port, LogFile, HostEnvironment);
        Host = host;
        _clients.Clear();
        return took;
    }

    /// <summary>kill -9 of the host; <see cref="Host"/> is null until <see cref="StartHostAsync"/>.</summary>
    public async Task KillHostAsync()
    {
        await Host!.KillAsync();
        await Host.DisposeAsync();
        Host = null;
    }

    public async Task SignInAsync(params string[] users)
    {
        foreach (var user in users)
        {
            using var client = new HttpClient { BaseAddress = new Uri(Host!.BaseUrl) };
            var password = Environment.GetEnvironmentVariable("INVESTAID_DEMO_PASSWORD") ?? Password;
            using var response = await client.PostAsJsonAsync("/api/account/login", new { email = $"{user}@investaid.local", password });
            response.EnsureSuccessStatusCode();
            _tokens[user] = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        }
    }

    public string Token(string user) => _tokens[user];

    /// <summary>The signed-in user's client to the current host.</summary>
    public HttpClient Client(string user) => _clients.GetOrAdd(user, u => NewClient(_handler, Host!.BaseUrl, _tokens[u]));

    public static HttpClient NewClient(HttpMessageHandler handler, string baseUrl, string token)
    {
        var client = new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task<string> HealthAsync(HttpClient http)
    {
        try
        {
            using var response = await http.GetAsync($"{Host!.BaseUrl}/health/ready");
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

    // ---------------------------------------------------------------- mail sink

    public int SmtpPort => int.Parse(HostEnvironment["Smtp__Port"], CultureInfo.InvariantCulture);

    public void StartSink()
    {
        var smtp = SmtpPort;
        var info = new ProcessStartInfo("dotnet", [Path.GetFullPath(Opt("sink")), "--smtp-port", smtp.ToString(CultureInfo.InvariantCulture),
            "--http-port", Int("sinkhttp", Port + 3).ToString(CultureInfo.InvariantCulture), "--dir", MailDir])
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

    public async Task StopSinkAsync()
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
    public Dictionary<string, int> SinkMessageIds()
    {
        var ids = new Dictionary<string, int>();
        if (!Directory.Exists(MailDir))
        {
            return ids;
        }
        foreach (var file in Directory.GetFiles(MailDir, "*.eml"))
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

    public async ValueTask DisposeAsync()
    {
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }
        await StopSinkAsync();
    }

    // ---------------------------------------------------------------- checks

    public Task<(long Total, string Detail)> MissingAcksAsync() => Acks.MissingAsync(Checks, Storage);

    public Task<(long Total, string Detail)> ConsistencyAsync() => WorkflowConsistency.CheckAsync(Checks);

    public int StagingFiles()
    {
        var staging = Path.Combine(Storage, "staging");
        return Directory.Exists(staging) ? Directory.GetFiles(staging).Length : 0;
    }

    public async Task<T> ScalarAsync<T>(string sql, params object[] values)
    {
        await using var conn = new NpgsqlConnection(Checks);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        foreach (var v in values)
        {
            cmd.Parameters.AddWithValue(v);
        }
        return (T)(await cmd.ExecuteScalarAsync())!;
    }

    public static async Task ExecAsync(string cs, string sql)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 600 };
        await cmd.ExecuteNonQueryAsync();
    }

    public static async Task<(int Code, string Output)> ShellAsync(string command)
    {
        var info = new ProcessStartInfo("bash", ["-c", command]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }

    public static double DiskMiB(string path) => new DriveInfo(path).TotalSize / 1024.0 / 1024.0;

    public static double DiskFreeMiB(string path) => new DriveInfo(path).AvailableFreeSpace / 1024.0 / 1024.0;
}
