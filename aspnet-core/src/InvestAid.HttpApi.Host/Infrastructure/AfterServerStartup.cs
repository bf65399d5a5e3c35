namespace InvestAid.Hosting;

/// <summary>
/// Start-up work that need not hold the server back: it runs once the server listens (<see cref="IHostedLifecycleService.StartedAsync"/>),
/// so the first requests are served while it runs instead of after it (about 0.3 s of a 2–3 s start on a 2-core machine,
/// see docs/performance.md). The host's start still waits for it, so a test host sees its effects before its first request.
/// A failure is logged and the host goes on: the recurring jobs catch up, and the next start or an administrator's save retries.
/// </summary>
public abstract class AfterServerStartup(ILogger logger) : IHostedLifecycleService
{
    /// <summary>What to do once the server listens.</summary>
    protected abstract Task RunAsync(CancellationToken cancellationToken);

    /// <summary>Named in the warning logged when <see cref="RunAsync"/> fails.</summary>
    protected abstract string What { get; }

    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await RunAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Start-up step failed: {What}", What);
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
