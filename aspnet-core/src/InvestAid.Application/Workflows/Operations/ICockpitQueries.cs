namespace InvestAid.Workflows.Operations;

/// <summary>The filters of the instance search, checked and normalised (statuses as the engine writes them; prefix as typed).</summary>
public sealed record InstanceFilter(
    string? DefinitionKey, int? Version, string? BusinessKeyPrefix, IReadOnlyList<string>? Statuses, bool? HasIncident,
    string? VariableName, string? VariableValue);

/// <summary>An instance as the cockpit lists it; <see cref="RowVersion"/> is the instance's optimistic version.</summary>
public sealed record InstanceRow(
    Guid Id, string Key, int Version, string? BusinessKey, string? ProjectCode, string? ProjectNameVi, string? ProjectNameEn, string Status,
    string? Fault, IReadOnlyList<string> At, int Incidents, DateTimeOffset Started, DateTimeOffset? Ended, int RowVersion);

/// <summary>Durations of one element's executions that ended in the period: count, median and 90th percentile in hours and working days.</summary>
public sealed record StepDurationRow(string ElementId, string Kind, int Count, double MedianHours, double P90Hours, double MedianWorkingDays, double P90WorkingDays);

/// <summary>What the cockpit reads over the workflow tables (SQL in EntityFrameworkCore).</summary>
public interface ICockpitQueries
{
    /// <summary>A page of the instances matching <paramref name="filter"/>, newest first, and how many match in all.</summary>
    Task<(IReadOnlyList<InstanceRow> Rows, int Total)> SearchAsync(InstanceFilter filter, int offset, int limit, CancellationToken cancellationToken);

    /// <summary>The instances with these ids (those that exist).</summary>
    Task<IReadOnlyList<InstanceRow>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>Per element of the version: tokens of its unfinished instances standing there, and open incidents there.</summary>
    Task<IReadOnlyList<(string ElementId, int Tokens, int Incidents)>> ElementLoadAsync(string key, int version, CancellationToken cancellationToken);

    /// <summary>Instances of the version that have not ended (running, suspended or faulted).</summary>
    Task<int> UnfinishedCountAsync(string key, int version, CancellationToken cancellationToken);

    /// <summary>
    /// Per element, the executions that ended in [<paramref name="from"/>, <paramref name="to"/>): percentiles computed in SQL
    /// (<c>percentile_cont</c>). Working days count the days after the start day up to the end day (Viet Nam dates) that are not in
    /// <paramref name="nonWorkingDays"/>, which lists every day off from <paramref name="calendarFrom"/> on (earlier starts count from there).
    /// </summary>
    Task<IReadOnlyList<StepDurationRow>> StepDurationsAsync(
        string key, int version, DateTimeOffset from, DateTimeOffset to, DateOnly calendarFrom, DateOnly calendarTo,
        IReadOnlyList<DateOnly> nonWorkingDays, CancellationToken cancellationToken);

    /// <summary>The versions of the procedure that are not drafts (published or retired), in order.</summary>
    Task<IReadOnlyList<int>> VersionsAsync(string key, CancellationToken cancellationToken);
}

/// <summary>The history clean-up's reads and deletes (see <see cref="HistoryCleanupJob"/>).</summary>
public interface IHistoryCleanupStore
{
    /// <summary>The procedure versions that have ended instances.</summary>
    Task<IReadOnlyList<(string Key, int Version)>> VersionsWithEndedInstancesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Deletes up to <paramref name="batch"/> instances of the version that ended (completed or cancelled) before
    /// <paramref name="endedBefore"/>, whose parent (if any) has ended too, with everything kept about them (tokens, bookmarks,
    /// tasks, history, receipts, timers, external tasks); returns how many instances went.
    /// </summary>
    Task<int> DeleteEndedAsync(string key, int version, DateTimeOffset endedBefore, int batch, CancellationToken cancellationToken);
}
