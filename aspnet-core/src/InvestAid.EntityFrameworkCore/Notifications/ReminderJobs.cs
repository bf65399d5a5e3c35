using InvestAid.Common;
using InvestAid.Finance;
using InvestAid.Identity;
using InvestAid.Notifications;
using InvestAid.Projects;
using InvestAid.Workflows.Calendar;
using InvestAid.Workflows.Runtime;
using Npgsql;

namespace InvestAid.EntityFrameworkCore.Notifications;

/// <summary>
/// The recurring reminder jobs. Each finds all its due items with one query, renders them, and hands them to
/// <see cref="ReminderWriter"/>, which makes each reminder once however often or wherever the job runs.
/// <paramref name="at"/> of <see cref="RunAsync"/> is "now" (null: the clock), so a past or future day can be replayed.
/// </summary>
public sealed class ReminderJobs(
    NpgsqlDataSource dataSource, ReminderWriter writer, IWorkingDayCalendar calendar, TimeProvider clock, IWorkflowDefinitionSource definitions)
{
    /// <returns>How many new reminders the run made.</returns>
    public async Task<int> RunAsync(string jobId, DateTimeOffset? at, CancellationToken cancellationToken)
    {
        var now = (at ?? clock.GetUtcNow()).ToUniversalTime();
        var today = VietnamTime.DateOf(now);
        var setting = await SettingAsync(jobId, cancellationToken);
        var items = jobId switch
        {
            JobIds.DisbursementLag => await DisbursementLagAsync(today, setting?.Threshold ?? 0.2m, cancellationToken),
            JobIds.ReceiptOverdue => await ReceiptOverdueAsync(today, cancellationToken),
            JobIds.ReportDeadlines => await ReportDeadlinesAsync(today, setting?.LeadDays ?? 7, cancellationToken),
            JobIds.OverdueTasks => await OverdueTasksAsync(now, today, setting?.DelayDays ?? 2, cancellationToken),
            JobIds.AidNotStarted => await AidNotStartedAsync(today, cancellationToken),
            JobIds.ProcedureNotifications => await ProcedureNotificationsAsync(cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(jobId), jobId, "Not a reminder job."),
        };
        return await writer.WriteAsync(items, now, cancellationToken);
    }

    private async Task<List<ReminderItem>> DisbursementLagAsync(DateOnly today, decimal threshold, CancellationToken ct)
    {
        var (year, quarter, checkpoint) = DisbursementLag.LastCheckpoint(today);
        var officers = await UsersInRolesAsync([RoleNames.Officer], ct);
        var period = $"{year}Q{quarter}";
        var items = new List<ReminderItem>();
        await using var cmd = dataSource.CreateCommand(ReminderSql.DisbursementLag);
        cmd.Parameters.AddWithValue(year);
        cmd.Parameters.AddWithValue(checkpoint);
        cmd.Parameters.AddWithValue(quarter / 4m);
        cmd.Parameters.AddWithValue(threshold);
        cmd.Parameters.AddWithValue(period);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var (id, code, name, owner) = (reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? (Guid?)null : reader.GetGuid(3));
            var plan = reader.GetDecimal(4);
            var paid = reader.GetDecimal(5);
            var text = NotificationTemplates.DisbursementLag(code, name, year, quarter, checkpoint, plan,
                DisbursementLag.Expected(plan, quarter), paid, DisbursementLag.LagShare(plan, quarter, paid));
            items.Add(new($"disbursement-lag:{id}:{period}", NotificationKinds.DisbursementLag, id, id, text, ProjectLink(id), With(officers, owner)));
        }
        return items;
    }

    private async Task<List<ReminderItem>> ReceiptOverdueAsync(DateOnly today, CancellationToken ct)
    {
        var officers = await UsersInRolesAsync([RoleNames.Officer], ct);
        var items = new List<ReminderItem>();
        await using var cmd = dataSource.CreateCommand(ReminderSql.ReceiptOverdue);
        cmd.Parameters.AddWithValue(today);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var expectedId = reader.GetGuid(0);
            var (id, code, name, owner) = (reader.GetGuid(1), reader.GetString(2), reader.GetString(3), reader.IsDBNull(4) ? (Guid?)null : reader.GetGuid(4));
            var text = NotificationTemplates.ReceiptOverdue(code, name, reader.GetFieldValue<DateOnly>(5), reader.GetDecimal(6), reader.GetDecimal(7));
            items.Add(new($"receipt-overdue:{expectedId}", NotificationKinds.ReceiptOverdue, expectedId, id, text, ProjectLink(id), With(officers, owner)));
        }
        return items;
    }

    private async Task<List<ReminderItem>> ReportDeadlinesAsync(DateOnly today, int leadDays, CancellationToken ct)
    {
        var due = ReportingSchedule.InReminderWindow(today, leadDays, calendar)
            .SelectMany(d => d.Kinds.Select(k => (Kind: k, d.Deadline)))
            .ToList();
        if (due.Count == 0)
        {
            return [];
        }
        var officers = await UsersInRolesAsync([RoleNames.Officer], ct);
        var items = new List<ReminderItem>();
        await using var cmd = dataSource.CreateCommand(ReminderSql.ReportDeadlines);
        cmd.Parameters.Add(new NpgsqlParameter { Value = due.Select(d => d.Kind.ToString()).ToArray() });
        cmd.Parameters.Add(new NpgsqlParameter { Value = due.Select(d => KeyPrefix(d.Deadline)).ToArray() });
        cmd.Parameters.Add(new NpgsqlParameter { Value = due.Select(d => (int?)int.Parse(d.Deadline.Period[..4], System.Globalization.CultureInfo.InvariantCulture)).ToArray() });
        cmd.Parameters.Add(new NpgsqlParameter
        {
            Value = due.Select(d => d.Deadline.ReportType == "fdi-quarterly" ? (int?)(d.Deadline.Period[^1] - '0') : null).ToArray(),
        });
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var deadline = due[(int)reader.GetInt64(0) - 1].Deadline;
            var (id, code, name, owner) = (reader.GetGuid(1), reader.GetString(2), reader.GetString(3), reader.IsDBNull(4) ? (Guid?)null : reader.GetGuid(4));
            var text = NotificationTemplates.ReportDue(code, name, deadline);
            items.Add(new(KeyPrefix(deadline) + id, NotificationKinds.ReportDue, id, id, text, ProjectLink(id), With(officers, owner)));
        }
        return items;
    }

    private async Task<List<ReminderItem>> OverdueTasksAsync(DateTimeOffset now, DateOnly today, int escalateAfterWorkingDays, CancellationToken ct)
    {
        var roles = await UsersInRolesAsync(null, ct);
        var names = await UserNamesAsync(ct);
        var leaders = roles.Where(r => r.Role == RoleNames.Leader).Select(r => r.UserId).ToList();
        var agencies = await AgencyUsersAsync(ct);
        var processes = new Dictionary<(string, int), InvestAid.Workflows.Bpmn.BpmnProcess?>();
        var items = new List<ReminderItem>();
        await using var cmd = dataSource.CreateCommand(ReminderSql.OverdueTasks);
        cmd.Parameters.AddWithValue(now);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var instanceId = reader.GetGuid(0);
            var taskId = reader.GetString(1);
            var taskName = reader.GetString(2);
            var assignee = reader.IsDBNull(3) ? null : reader.GetString(3);
            var candidateUsers = reader.GetFieldValue<string[]>(4);
            var candidateGroups = reader.GetFieldValue<string[]>(5);
            var dueDay = VietnamTime.DateOf(reader.GetFieldValue<DateTimeOffset>(6));
            var businessKey = reader.IsDBNull(7) ? null : reader.GetString(7);
            var taskNameEn = EnglishStepName(processes, reader.GetString(8), reader.GetInt32(9), reader.GetString(10));
            var link = Guid.TryParse(businessKey, out var projectId) ? ProjectLink(projectId) : "/tasks";

            var assignees = new HashSet<Guid>();
            foreach (var user in (assignee is null ? candidateUsers : [assignee]).Select(u => u.ToLowerInvariant()))
            {
                assignees.UnionWith(names.Where(n => n.UserName == user || n.Email == user).Select(n => n.Id));
            }
            if (assignee is null)
            {
                assignees.UnionWith(roles.Where(r => candidateGroups.Contains(r.Role, StringComparer.OrdinalIgnoreCase)).Select(r => r.UserId));
                assignees.UnionWith(candidateGroups.SelectMany(g => InAgencyGroup(agencies, g)));
            }
            var subject = DeterministicId(instanceId, taskId);
            var text = NotificationTemplates.TaskOverdue(taskName, dueDay, businessKey, taskNameEn);
            items.Add(new($"task-overdue:{instanceId}:{taskId}", NotificationKinds.TaskOverdue, subject, null, text, link, assignees));

            // Escalation counts whole working days after the due day (the due day itself not counted); a due day the
            // calendar cannot count (outside its years) is reminded of but not escalated, and never stops the job.
            if (InvestAid.Dossiers.DossierMapper.WorkingDaysLeft(calendar, dueDay, today) is { } late && late >= escalateAfterWorkingDays)
            {
                var escalated = NotificationTemplates.TaskEscalated(taskName, dueDay, late, assignee ?? string.Join(", ", candidateGroups), businessKey, taskNameEn);
                items.Add(new($"task-escalated:{instanceId}:{taskId}", NotificationKinds.TaskEscalated, subject, null, escalated, link, leaders));
            }
        }
        return items;
    }

    private async Task<List<ReminderItem>> AidNotStartedAsync(DateOnly today, CancellationToken ct)
    {
        var staff = await UsersInRolesAsync([RoleNames.Officer, RoleNames.Leader], ct);
        var items = new List<ReminderItem>();
        await using var cmd = dataSource.CreateCommand(ReminderSql.AidNotStarted);
        cmd.Parameters.AddWithValue(today);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var (id, code, name, owner) = (reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? (Guid?)null : reader.GetGuid(3));
            var approved = reader.GetFieldValue<DateOnly>(4);
            var text = NotificationTemplates.AidNotStarted(code, name, approved, approved.AddMonths(6));
            items.Add(new($"aid-not-started:{id}", NotificationKinds.AidNotStarted, id, id, text, ProjectLink(id), With(staff, owner)));
        }
        return items;
    }

    public static string KeyPrefix(ReportDeadline d) => $"report:{d.ReportType}:{d.Period}:";

    /// <summary>
    /// Delivers what the procedures' <c>notify</c> steps asked for: <c>to</c> names roles (officer, leader …),
    /// consulted agencies (<c>agency:finance</c>), the project's <c>owner</c>, or users by name or e-mail.
    /// </summary>
    private async Task<List<ReminderItem>> ProcedureNotificationsAsync(CancellationToken ct)
    {
        var roles = await UsersInRolesAsync(null, ct);
        var names = await UserNamesAsync(ct);
        var agencies = await AgencyUsersAsync(ct);
        var items = new List<ReminderItem>();
        await using var cmd = dataSource.CreateCommand(ReminderSql.ProcedureNotifications);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var instanceId = reader.GetGuid(0);
            var elementId = reader.GetString(1);
            var to = reader.GetString(2);
            var subject = reader.GetString(3);
            var requestedAt = reader.GetString(4);
            Guid? projectId = reader.IsDBNull(5) ? null : reader.GetGuid(5);
            var code = reader.IsDBNull(6) ? null : reader.GetString(6);
            var name = reader.IsDBNull(7) ? null : reader.GetString(7);
            Guid? owner = reader.IsDBNull(8) ? null : reader.GetGuid(8);

            var recipients = new HashSet<Guid>();
            foreach (var target in to.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (target.StartsWith("agency:", StringComparison.OrdinalIgnoreCase))
                {
                    recipients.UnionWith(InAgencyGroup(agencies, target));
                }
                else if (string.Equals(target, RoleNames.Owner, StringComparison.OrdinalIgnoreCase) && owner is { } ownerId)
                {
                    recipients.Add(ownerId);
                }
                else if (RoleNames.All.Contains(target.ToLowerInvariant()))
                {
                    recipients.UnionWith(roles.Where(r => r.Role == target.ToLowerInvariant()).Select(r => r.UserId));
                }
                else
                {
                    recipients.UnionWith(names.Where(n => string.Equals(n.UserName, target, StringComparison.OrdinalIgnoreCase)
                        || string.Equals(n.Email, target, StringComparison.OrdinalIgnoreCase)).Select(n => n.Id));
                }
            }
            var text = NotificationTemplates.ProcedureStep(subject, code, name);
            items.Add(new($"procedure:{instanceId}:{elementId}:{requestedAt}", NotificationKinds.Procedure, DeterministicId(instanceId, elementId),
                projectId, text, projectId is { } p ? ProjectLink(p) : "/tasks", recipients));
        }
        return items;
    }

    private static string ProjectLink(Guid id) => $"/projects/{id}";

    /// <summary>The step's English name where its model gives one (<c>name:en</c>), for reminders read in English.</summary>
    /// <param name="processes">The models this run has looked up (null: no such definition), so each is looked up once.</param>
    private string? EnglishStepName(Dictionary<(string, int), InvestAid.Workflows.Bpmn.BpmnProcess?> processes, string definitionKey, int definitionVersion, string elementId)
    {
        if (!processes.TryGetValue((definitionKey, definitionVersion), out var process))
        {
            try
            {
                process = definitions.Get(definitionKey, definitionVersion).Process;
            }
            catch (InvestAid.Workflows.DefinitionNotFoundException)
            {
                process = null;
            }
            processes[(definitionKey, definitionVersion)] = process;
        }
        return process is not null && process.Nodes.TryGetValue(elementId, out var node) && node.LocalizedNames.TryGetValue("en", out var name) ? name : null;
    }

    private static Guid[] With(List<(Guid UserId, string Role)> staff, Guid? owner) =>
        [.. staff.Select(s => s.UserId).Append(owner ?? Guid.Empty).Where(g => g != Guid.Empty).Distinct()];

    private static Guid DeterministicId(Guid instanceId, string taskId)
    {
        var bytes = System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes($"{instanceId}:{taskId}"));
        return new Guid(bytes);
    }

    private async Task<List<(Guid UserId, string Role)>> UsersInRolesAsync(string[]? roles, CancellationToken ct)
    {
        var list = new List<(Guid, string)>();
        await using var cmd = dataSource.CreateCommand(ReminderSql.UsersInRoles);
        cmd.Parameters.Add(new NpgsqlParameter { Value = roles ?? [.. RoleNames.All] });
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            list.Add((reader.GetGuid(0), reader.GetString(1)));
        }
        return list;
    }

    /// <summary>Users of the consulted agency a group such as <c>agency:finance</c> names.</summary>
    private static IEnumerable<Guid> InAgencyGroup(List<(Guid UserId, string Agency)> agencies, string group) =>
        group.StartsWith("agency:", StringComparison.OrdinalIgnoreCase)
            ? agencies.Where(a => string.Equals(a.Agency, group[7..], StringComparison.OrdinalIgnoreCase)).Select(a => a.UserId)
            : [];

    private async Task<List<(Guid UserId, string Agency)>> AgencyUsersAsync(CancellationToken ct)
    {
        var list = new List<(Guid, string)>();
        await using var cmd = dataSource.CreateCommand(ReminderSql.AgencyUsers);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            list.Add((reader.GetGuid(0), reader.GetString(1)));
        }
        return list;
    }

    private async Task<List<(Guid Id, string UserName, string Email)>> UserNamesAsync(CancellationToken ct)
    {
        var list = new List<(Guid, string, string)>();
        await using var cmd = dataSource.CreateCommand(ReminderSql.UserNames);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            list.Add((reader.GetGuid(0), reader.GetString(1), reader.GetString(2)));
        }
        return list;
    }

    private async Task<JobSetting?> SettingAsync(string jobId, CancellationToken ct)
    {
        await using var cmd = dataSource.CreateCommand("SELECT threshold, delay_days, lead_days FROM job_settings WHERE id = $1");
        cmd.Parameters.AddWithValue(jobId);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }
        return new JobSetting(jobId, "", true,
            reader.IsDBNull(0) ? null : reader.GetDecimal(0), reader.IsDBNull(1) ? null : reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetInt32(2));
    }
}
