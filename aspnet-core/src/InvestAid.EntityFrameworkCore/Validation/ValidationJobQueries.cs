using InvestAid.Validation;
using Npgsql;

namespace InvestAid.EntityFrameworkCore.Validation;

/// <summary><see cref="IValidationJobQueries"/> in SQL (<see cref="ValidationJobSql"/>), on the jobs' own data source.</summary>
public sealed class ValidationJobQueries(NpgsqlDataSource dataSource) : IValidationJobQueries
{
    public async Task<IReadOnlyList<PendingProposalLine>> PendingProposalsAsync(IReadOnlyCollection<string> kinds, CancellationToken cancellationToken)
    {
        var lines = new List<PendingProposalLine>();
        await using var cmd = dataSource.CreateCommand(ValidationJobSql.PendingProposals);
        cmd.Parameters.Add(new NpgsqlParameter { Value = kinds.ToArray() });
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            lines.Add(new(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetFieldValue<DateTimeOffset>(4)));
        }
        return lines;
    }

    public async Task<IReadOnlyDictionary<Guid, Guid>> ProjectOwnersAsync(IReadOnlyCollection<Guid> projectIds, CancellationToken cancellationToken)
    {
        var owners = new Dictionary<Guid, Guid>();
        await using var cmd = dataSource.CreateCommand(ValidationJobSql.ProjectOwners);
        cmd.Parameters.Add(new NpgsqlParameter { Value = projectIds.ToArray() });
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            owners[reader.GetGuid(0)] = reader.GetGuid(1);
        }
        return owners;
    }
}
