using InvestAid.Notifications;
using Npgsql;

namespace InvestAid.EntityFrameworkCore.Notifications;

/// <summary>The reminder jobs' queries (<see cref="ReminderSql"/>, one set-based query per job) and their writer.</summary>
public sealed class ReminderStore(NpgsqlDataSource dataSource, ReminderWriter writer) : IReminderStore
{
    public Task<IReadOnlyList<LaggingDisbursement>> LaggingDisbursementsAsync(
        int year, DateOnly checkpoint, decimal expectedShare, decimal threshold, string period, CancellationToken cancellationToken) =>
        ReadAsync(ReminderSql.DisbursementLag, [year, checkpoint, expectedShare, threshold, period],
            r => new LaggingDisbursement(Project(r, 0), r.GetDecimal(4), r.GetDecimal(5)), cancellationToken);

    public Task<IReadOnlyList<OverdueReceipt>> OverdueReceiptsAsync(DateOnly today, CancellationToken cancellationToken) =>
        ReadAsync(ReminderSql.ReceiptOverdue, [today],
            r => new OverdueReceipt(r.GetGuid(0), Project(r, 1), r.GetFieldValue<DateOnly>(5), r.GetDecimal(6), r.GetDecimal(7)), cancellationToken);

    public Task<IReadOnlyList<ReportDue>> ReportsDueAsync(IReadOnlyList<ReportDueQuery> deadlines, CancellationToken cancellationToken) =>
        ReadAsync(ReminderSql.ReportDeadlines,
            [
                deadlines.Select(d => d.Kind).ToArray(),
                deadlines.Select(d => d.KeyPrefix).ToArray(),
                deadlines.Select(d => d.Year).ToArray(),
                deadlines.Select(d => d.Quarter).ToArray(),
            ],
            r => new ReportDue((int)r.GetInt64(0) - 1, Project(r, 1)), cancellationToken);

    public Task<IReadOnlyList<OverdueTask>> OverdueTasksAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        ReadAsync(ReminderSql.OverdueTasks, [now],
            r => new OverdueTask(r.GetGuid(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3),
                r.GetFieldValue<string[]>(4), r.GetFieldValue<string[]>(5), r.GetFieldValue<DateTimeOffset>(6), r.IsDBNull(7) ? null : r.GetString(7),
                r.GetString(8), r.GetInt32(9), r.GetString(10)),
            cancellationToken);

    public Task<IReadOnlyList<NotStartedAid>> AidNotStartedAsync(DateOnly today, CancellationToken cancellationToken) =>
        ReadAsync(ReminderSql.AidNotStarted, [today], r => new NotStartedAid(Project(r, 0), r.GetFieldValue<DateOnly>(4)), cancellationToken);

    public Task<IReadOnlyList<ProcedureNotificationRequest>> ProcedureNotificationsAsync(CancellationToken cancellationToken) =>
        ReadAsync(ReminderSql.ProcedureNotifications, [],
            r => new ProcedureNotificationRequest(r.GetGuid(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4),
                r.IsDBNull(5) ? null : r.GetGuid(5), r.IsDBNull(6) ? null : r.GetString(6), r.IsDBNull(7) ? null : r.GetString(7),
                r.IsDBNull(8) ? null : r.GetGuid(8)),
            cancellationToken);

    public Task<int> WriteAsync(IReadOnlyList<ReminderItem> items, DateTimeOffset now, CancellationToken cancellationToken) =>
        writer.WriteAsync(items, now, cancellationToken);

    /// <summary>Id, code, name and owner in four columns from <paramref name="first"/>.</summary>
    private static ReminderProject Project(NpgsqlDataReader r, int first) =>
        new(r.GetGuid(first), r.GetString(first + 1), r.GetString(first + 2), r.IsDBNull(first + 3) ? null : r.GetGuid(first + 3));

    private async Task<IReadOnlyList<T>> ReadAsync<T>(string sql, object[] parameters, Func<NpgsqlDataReader, T> row, CancellationToken ct)
    {
        await using var cmd = dataSource.CreateCommand(sql);
        foreach (var value in parameters)
        {
            cmd.Parameters.Add(new NpgsqlParameter { Value = value });
        }
        var list = new List<T>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            list.Add(row(reader));
        }
        return list;
    }
}
