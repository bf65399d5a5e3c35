using System.Text.Json.Serialization;

namespace InvestAid.Workflows;

/// <summary>Which tasks a list shows: assigned to me, offered to me or my groups, or every task I may act on.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TaskScope>))]
public enum TaskScope
{
    Mine,
    Groups,
    All,
}
