using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace InvestAid.Workflows.Runtime.State;

/// <summary>A position of execution in the process graph.</summary>
public sealed class Token
{
    public string Id { get; set; } = "";
    public string ElementId { get; set; } = "";
    public TokenStatus Status { get; set; }

    /// <summary>The flow the token came by; a parallel join counts arrivals per incoming flow.</summary>
    public string? ArrivedVia { get; set; }

    /// <summary>Inclusive forks this token descends from, innermost last; its join waits for that fork's branches.</summary>
    public List<string> Forks { get; set; } = [];

    /// <summary>The token standing on the sub-process this token runs inside; null at process level.</summary>
    public string? ScopeTokenId { get; set; }

    /// <summary>The open history entry of the element the token stands on.</summary>
    public string? HistoryId { get; set; }

    /// <summary>
    /// Variables local to the scope this token opens (Camunda's local variables), seen by every token inside it:
    /// on a multi-instance body <c>nrOfInstances</c>, <c>nrOfActiveInstances</c>, <c>nrOfCompletedInstances</c>; on
    /// one of its instances <c>loopCounter</c> and the element variable. Null for most tokens (and in older documents).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonObject? Variables { get; set; }
}
