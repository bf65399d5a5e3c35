using System.Text.Json;
using System.Text.Json.Serialization;

namespace InvestAid.Workflows.Runtime;

/// <summary>The one JSON shape of instances and results, shared by the engine and every store.</summary>
public static class WorkflowJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"Stored {typeof(T).Name} is null.");

    public static T Clone<T>(T value) => Deserialize<T>(Serialize(value));
}
