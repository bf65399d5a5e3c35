using InvestAid.Projects;
using Npgsql;
using NpgsqlTypes;

namespace InvestAid.EntityFrameworkCore.Projects;

/// <summary>
/// The projects a user owns, and those of the dossiers whose instance has (or had) a task offered to one of the agency groups, or
/// held by the user (assignee, candidate user, completed by): one query over the GIN-indexed task arrays. Each row says whether the
/// project's figures count for the user too: owned projects and those of consultations do, those of a task merely held do not.
/// </summary>
public sealed class ProjectScopeQueries(NpgsqlDataSource dataSource) : IProjectScopeQueries
{
    public async Task<VisibleProjects> VisibleProjectsAsync(string userName, IReadOnlyCollection<string> agencyGroups, Guid? ownerUserId,
        CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT d.project_id, bool_or(t.candidate_groups && $2) AS figures
            FROM workflow_tasks t
            JOIN dossiers d ON d.workflow_instance_id = t.instance_id
            WHERE t.candidate_groups && $2 OR t.assignee = $1 OR t.completed_by = $1 OR t.candidate_users @> ARRAY[$1]
            GROUP BY d.project_id
            UNION ALL
            SELECT p.id, true FROM projects p WHERE $3::uuid IS NOT NULL AND p.owner_user_id = $3
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = userName, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = agencyGroups.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)ownerUserId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
        var ids = new HashSet<Guid>();
        var figures = new HashSet<Guid>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetGuid(0));
            if (reader.GetBoolean(1))
            {
                figures.Add(reader.GetGuid(0));
            }
        }
        return new VisibleProjects(ids, figures);
    }
}
