using InvestAid.Notifications;
using Npgsql;

namespace InvestAid.EntityFrameworkCore.Notifications;

public sealed class ReminderRecipientStore(NpgsqlDataSource dataSource) : IReminderRecipientStore
{
    public Task<IReadOnlyList<UserInRole>> UsersInRolesAsync(IReadOnlyCollection<string> roles, CancellationToken cancellationToken) =>
        ReadAsync(ReminderSql.UsersInRoles, roles.ToArray(), r => new UserInRole(r.GetGuid(0), r.GetString(1)), cancellationToken);

    public Task<IReadOnlyList<UserAddress>> UserNamesAsync(CancellationToken cancellationToken) =>
        ReadAsync(ReminderSql.UserNames, null, r => new UserAddress(r.GetGuid(0), r.GetString(1), r.GetString(2)), cancellationToken);

    public Task<IReadOnlyList<AgencyUser>> AgencyUsersAsync(CancellationToken cancellationToken) =>
        ReadAsync(ReminderSql.AgencyUsers, null, r => new AgencyUser(r.GetGuid(0), r.GetString(1)), cancellationToken);

    private async Task<IReadOnlyList<T>> ReadAsync<T>(string sql, string[]? parameter, Func<NpgsqlDataReader, T> row, CancellationToken ct)
    {
        await using var cmd = dataSource.CreateCommand(sql);
        if (parameter is not null)
        {
            cmd.Parameters.Add(new NpgsqlParameter { Value = parameter });
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
