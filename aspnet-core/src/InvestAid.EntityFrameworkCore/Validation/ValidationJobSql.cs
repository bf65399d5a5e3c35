namespace InvestAid.EntityFrameworkCore.Validation;

/// <summary>The SQL of <see cref="ValidationJobQueries"/>.</summary>
internal static class ValidationJobSql
{
    /// <summary>$1: the proposal kinds.</summary>
    public const string PendingProposals = """
        SELECT p.id, p.code, coalesce(c.proposed_by_name, ''), c.reason, c.proposed_at
        FROM change_proposals c JOIN projects p ON p.id = c.project_id
        WHERE c.status = 'Pending' AND c.kind = ANY($1) ORDER BY c.proposed_at
        """;

    /// <summary>$1: the project ids.</summary>
    public const string ProjectOwners = "SELECT id, owner_user_id FROM projects WHERE id = ANY($1) AND owner_user_id IS NOT NULL";
}
