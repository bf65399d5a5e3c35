namespace InvestAid.Workflows.Runtime;

/// <summary>The handlers service tasks may call, by name.</summary>
public sealed class ServiceTaskRegistry
{
    private readonly Dictionary<string, IServiceTaskHandler> handlers = new(StringComparer.Ordinal);

    public ServiceTaskRegistry(IEnumerable<IServiceTaskHandler> handlers)
    {
        foreach (var handler in handlers)
        {
            this.handlers.Add(handler.Name, handler);
        }
    }

    /// <summary>Whether a handler of this name runs in the process (a topic without one is an external task for workers).</summary>
    public bool Has(string name) => handlers.ContainsKey(name);

    public IServiceTaskHandler Get(string elementId, string name) =>
        handlers.TryGetValue(name, out var handler) ? handler : throw new ServiceTaskHandlerNotFoundException(elementId, name);
}
