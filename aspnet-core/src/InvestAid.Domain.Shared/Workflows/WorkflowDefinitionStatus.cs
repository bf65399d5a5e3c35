using System.Text.Json.Serialization;

namespace InvestAid.Workflows;

/// <summary>A draft can be replaced; a published version is immutable and can start instances until retired.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WorkflowDefinitionStatus>))]
public enum WorkflowDefinitionStatus
{
    Draft,
    Published,
    Retired,
}
