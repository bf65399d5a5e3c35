using System.Text.Json.Nodes;

namespace InvestAid.Workflows.Runtime.State;

/// <summary>Progress of one multi-instance user task, owned by the token that entered it.</summary>
public sealed class MultiInstanceState
{
    public string TokenId { get; set; } = "";
    public string ElementId { get; set; } = "";
    public JsonArray Items { get; set; } = [];
    public int NrOfInstances { get; set; }
    public int NrOfActiveInstances { get; set; }
    public int NrOfCompletedInstances { get; set; }

    /// <summary>Index of the next instance a sequential loop creates.</summary>
    public int NextIndex { get; set; }
}
