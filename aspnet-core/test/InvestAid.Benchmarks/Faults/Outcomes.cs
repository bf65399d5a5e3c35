using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace InvestAid.Benchmarks.Faults;

/// <summary>What the traffic got back: successes, failures by status, whether each failure was a ProblemDetails, latencies.</summary>
public sealed class Outcomes
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
        if (took >= FaultContext.HangLimit)
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
