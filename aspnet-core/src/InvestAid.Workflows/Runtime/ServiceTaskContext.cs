using System.Text.Json;
using System.Text.Json.Nodes;

namespace InvestAid.Workflows.Runtime;

/// <summary>What a handler sees: the instance, its evaluated inputs, and a way to set variables.</summary>
public sealed class ServiceTaskContext
{
    private readonly JsonObject variables;

    internal ServiceTaskContext(Guid instanceId, string? businessKey, string elementId, IReadOnlyDictionary<string, JsonNode?> inputs, JsonObject variables, CancellationToken cancellationToken)
    {
        InstanceId = instanceId;
        BusinessKey = businessKey;
        ElementId = elementId;
        Inputs = inputs;
        this.variables = variables;
        CancellationToken = cancellationToken;
    }

    public Guid InstanceId { get; }
    public string? BusinessKey { get; }
    public string ElementId { get; }
    public IReadOnlyDictionary<string, JsonNode?> Inputs { get; }
    public CancellationToken CancellationToken { get; }

    public JsonNode? GetVariable(string name) => variables[name]?.DeepClone();

    public void SetVariable(string name, object? value) => variables[name] = value as JsonNode ?? JsonSerializer.SerializeToNode(value);
}
