using System.Text.Json.Serialization;

namespace InvestAid.Workflows;

/// <summary>
/// Which tasks a list shows: <see cref="Mine"/> assigned to me (or offered to me by name, unclaimed);
/// <see cref="Groups"/> offered to one of my groups and not yet claimed; <see cref="Overdue"/> past their deadline among
/// those I may act on (administrators: every overdue task); <see cref="All"/> every task I may act on (administrators: every open task).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<TaskScope>))]
public enum TaskScope
{
    Mine,
    Groups,
    Overdue,
    All,
}
