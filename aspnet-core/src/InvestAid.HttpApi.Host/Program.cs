using InvestAid;
using InvestAid.Hosting;
using Serilog;

// A plain start-up logger; AddSerilog replaces it once configuration is read.
Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);
    // Some calls on a request's path block their thread: Hangfire's client (a task completion schedules and deletes the
    // timer jobs of its steps, and a delete takes Hangfire's distributed lock) and the engine's first read of a definition
    // or a calendar year. With the runtime's default minimum (one thread per core) 32 concurrent approvals starved the
    // thread pool and some completions waited ~25 s for a thread (load test, 3 December 2026); 64 threads start at once.
    ThreadPool.GetMinThreads(out var minWorkers, out var minIo);
    ThreadPool.SetMinThreads(Math.Max(minWorkers, builder.Configuration.GetValue("ThreadPool:MinWorkerThreads", 64)), minIo);
    builder.AddInvestAidHost();
    var app = builder.Build();
    app.UseInvestAidHost();
    await app.RunAsync();
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "InvestAid host stopped unexpectedly");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}

namespace InvestAid
{
    /// <summary>Entry point, visible to WebApplicationFactory in the API tests.</summary>
    public partial class Program;
}
