using InvestAid.Workflows.Runtime;

namespace InvestAid.Workflows.Support;

/// <summary>A service task handler that remembers its calls and optionally sets variables.</summary>
public sealed class RecordingHandler(string name, Action<ServiceTaskContext>? body = null) : IServiceTaskHandler
{
    public string Name { get; } = name;

    public List<ServiceTaskContext> Calls { get; } = [];

    public Task ExecuteAsync(ServiceTaskContext context)
    {
        Calls.Add(context);
        body?.Invoke(context);
        return Task.CompletedTask;
    }
}
