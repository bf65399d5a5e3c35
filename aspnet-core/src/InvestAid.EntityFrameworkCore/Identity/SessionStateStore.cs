using InvestAid.Identity;
using Npgsql;

namespace InvestAid.EntityFrameworkCore.Identity;

/// <summary><see cref="ISessionStateStore"/>: one primary-key lookup of <c>users</c>.</summary>
public sealed class SessionStateStore(NpgsqlDataSource db) : ISessionStateStore
{
    public async Task<UserSessionState?> FindAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand("SELECT security_stamp, lockout_end FROM users WHERE id = $1");
        command.Parameters.AddWithValue(userId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new UserSessionState(reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1))
            : null;
    }
}
