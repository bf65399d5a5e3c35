using System.Diagnostics;
using System.Globalization;

namespace InvestAid.Benchmarks.Load;

/// <summary>The real host as a child process on loopback, with its RSS and CPU time read from /proc.</summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;

    private HostProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public int Pid => _process.Id;

    /// <summary>Starts <c>dotnet hostDll</c> and waits until <c>/health/ready</c> answers 200; returns the host and the time it took.</summary>
    /// <param name="environment">Extra settings (e.g. <c>Hangfire__ServerEnabled=true</c>, <c>Storage__Root</c>), applied last.</param>
    public static async Task<(HostProcess Host, TimeSpan StartToReady)> StartAsync(string hostDll, string connectionString, int port, string logFile,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var baseUrl = $"http://127.0.0.1:{port}";
        var info = new ProcessStartInfo("dotnet", [hostDll])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(hostDll)!,
        };
        info.Environment["ConnectionStrings__Default"] = connectionString;
        info.Environment["ASPNETCORE_URLS"] = baseUrl;
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // LOAD_HOST_LOG=Information writes every request line (with its duration) into the host log.
        info.Environment["Serilog__MinimumLevel__Default"] = Environment.GetEnvironmentVariable("LOAD_HOST_LOG") ?? "Warning";
        // Jobs would compete with the measured traffic; the load test measures the request path.
        info.Environment["Hangfire__ServerEnabled"] = "false";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }
        var watch = Stopwatch.StartNew();
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var log = new StreamWriter(logFile, append: true) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (watch.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the host exited with {process.ExitCode}; see {logFile}");
            }
            try
            {
                using var response = await http.GetAsync(baseUrl + "/health/ready");
                if (response.IsSuccessStatusCode)
                {
                    return (new HostProcess(process, baseUrl), watch.Elapsed);
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // not answering yet
            }
            await Task.Delay(20);
        }
        process.Kill(entireProcessTree: true);
        throw new TimeoutException($"the host was not ready within 90 s; see {logFile}");
    }

    /// <summary>Resident memory in MiB (VmRSS).</summary>
    public double RssMiB()
    {
        foreach (var line in File.ReadLines($"/proc/{Pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
            }
        }
        return 0;
    }

    /// <summary>User plus system CPU time the host has used so far (clock ticks of 1/100 s).</summary>
    public TimeSpan CpuTime()
    {
        var stat = File.ReadAllText($"/proc/{Pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // After the command name: field 14 (utime) and 15 (stime) of proc(5) are at index 11 and 12 here.
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    /// <summary><c>kill -9</c>: no shutdown, no flush, in-flight requests cut.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            Process.Start("kill", ["-KILL", Pid.ToString(CultureInfo.InvariantCulture)])?.WaitForExit();
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM: the host shuts down gracefully.
            Process.Start("kill", ["-TERM", Pid.ToString(CultureInfo.InvariantCulture)])?.WaitForExit();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        _process.Dispose();
    }
}
