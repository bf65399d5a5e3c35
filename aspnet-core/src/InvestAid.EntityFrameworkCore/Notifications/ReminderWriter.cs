using InvestAid.Notifications;
using Npgsql;
using NpgsqlTypes;

namespace InvestAid.EntityFrameworkCore.Notifications;

/// <summary>
/// Writes a job's reminders in one transaction: first the keys, with <c>ON CONFLICT DO NOTHING RETURNING</c>, so
/// only reminders no run made before go on; then their notifications and outbox mails by COPY. A concurrent run
/// waits on the same keys and, once the first commits, finds them taken and writes nothing.
/// </summary>
public sealed class ReminderWriter(NpgsqlDataSource dataSource)
{
    public async Task<int> WriteAsync(IReadOnlyList<ReminderItem> items, DateTimeOffset now, CancellationToken ct)
    {
        if (items.Count == 0)
        {
            return 0;
        }
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);

        var claimed = new HashSet<string>(StringComparer.Ordinal);
        await using (var cmd = new NpgsqlCommand(ReminderSql.ClaimKeys, conn, tx))
        {
            cmd.Parameters.Add(new NpgsqlParameter { Value = items.Select(i => i.Key).ToArray() });
            cmd.Parameters.Add(new NpgsqlParameter { Value = items.Select(i => i.Kind).ToArray() });
            cmd.Parameters.Add(new NpgsqlParameter { Value = items.Select(i => i.SubjectId).ToArray() });
            cmd.Parameters.Add(new NpgsqlParameter { Value = now });
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                claimed.Add(reader.GetString(0));
            }
        }
        var fresh = items.Where(i => claimed.Contains(i.Key)).ToList();
        if (fresh.Count == 0)
        {
            await tx.CommitAsync(ct);
            return 0;
        }

        var users = fresh.SelectMany(i => i.Recipients).Distinct().ToArray();
        var addresses = new Dictionary<Guid, string>();
        var languages = new Dictionary<Guid, string>();
        var emailOff = new HashSet<(Guid, string)>();
        await using (var cmd = new NpgsqlCommand(ReminderSql.Addresses, conn, tx))
        {
            cmd.Parameters.Add(new NpgsqlParameter { Value = users });
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                if (!reader.IsDBNull(1))
                {
                    addresses[reader.GetGuid(0)] = reader.GetString(1);
                }
                languages[reader.GetGuid(0)] = NotificationTemplates.LanguageOf(reader.GetString(2));
            }
        }
        await using (var cmd = new NpgsqlCommand(ReminderSql.EmailSwitchedOff, conn, tx))
        {
            cmd.Parameters.Add(new NpgsqlParameter { Value = users });
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                emailOff.Add((reader.GetGuid(0), reader.GetString(1)));
            }
        }

        var mails = new List<(Guid NotificationId, string Address)>();
        await using (var copy = await conn.BeginBinaryImportAsync(ReminderSql.CopyNotifications, ct))
        {
            foreach (var item in fresh)
            {
                var arguments = item.Text.ArgumentsJson();
                foreach (var user in item.Recipients.Distinct())
                {
                    // Title and body in the recipient's language (the e-mail's words); the template lets the bell re-render it.
                    var (title, body) = item.Text.Render(languages.GetValueOrDefault(user));
                    var id = UUIDNext.Uuid.NewSequential();
                    await copy.StartRowAsync(ct);
                    await copy.WriteAsync(id, NpgsqlDbType.Uuid, ct);
                    await copy.WriteAsync(user, NpgsqlDbType.Uuid, ct);
                    await copy.WriteAsync(item.Kind, NpgsqlDbType.Varchar, ct);
                    await copy.WriteAsync(title, NpgsqlDbType.Varchar, ct);
                    await copy.WriteAsync(body, NpgsqlDbType.Text, ct);
                    await copy.WriteAsync(item.Text.Template, NpgsqlDbType.Varchar, ct);
                    await copy.WriteAsync(arguments, NpgsqlDbType.Jsonb, ct);
                    await WriteNullableAsync(copy, item.Link, NpgsqlDbType.Varchar, ct);
                    if (item.ProjectId is { } projectId)
                    {
                        await copy.WriteAsync(projectId, NpgsqlDbType.Uuid, ct);
                    }
                    else
                    {
                        await copy.WriteNullAsync(ct);
                    }
                    await copy.WriteAsync(item.Key, NpgsqlDbType.Varchar, ct);
                    await copy.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
                    if (addresses.TryGetValue(user, out var address) && !emailOff.Contains((user, item.Kind)))
                    {
                        mails.Add((id, address));
                    }
                }
            }
            await copy.CompleteAsync(ct);
        }
        await using (var copy = await conn.BeginBinaryImportAsync(ReminderSql.CopyOutbox, ct))
        {
            foreach (var (notificationId, address) in mails)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(UUIDNext.Uuid.NewSequential(), NpgsqlDbType.Uuid, ct);
                await copy.WriteAsync(notificationId, NpgsqlDbType.Uuid, ct);
                await copy.WriteAsync(address, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(nameof(MailStatus.Pending), NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(0, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
            }
            await copy.CompleteAsync(ct);
        }
        await tx.CommitAsync(ct);
        return fresh.Count;
    }

    private static async Task WriteNullableAsync(NpgsqlBinaryImporter copy, string? value, NpgsqlDbType type, CancellationToken ct)
    {
        if (value is null)
        {
            await copy.WriteNullAsync(ct);
        }
        else
        {
            await copy.WriteAsync(value, type, ct);
        }
    }
}
