namespace InvestAid.Workflows;

/// <summary>
/// <see cref="Scope"/> is <c>mine</c>, <c>groups</c>, <c>overdue</c> or <c>all</c> (see <see cref="TaskScope"/>; any case; default all);
/// <see cref="Overdue"/> keeps only overdue tasks within the scope.
/// </summary>
public sealed record TaskListQuery(string? Scope = null, bool Overdue = false, int Page = 1, int PageSize = 50)
{
    public TaskScope ScopeValue => Enum.TryParse<TaskScope>(Scope, ignoreCase: true, out var scope) ? scope : TaskScope.All;
}
