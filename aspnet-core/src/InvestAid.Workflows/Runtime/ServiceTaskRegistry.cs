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

    public IServiceTaskHandler Get(string elementId, string name) =>
        handlers.TryGetValue(name, out var handler) ? handler : throw new ServiceTaskHandlerNotFoundException(elementId, name);
}
