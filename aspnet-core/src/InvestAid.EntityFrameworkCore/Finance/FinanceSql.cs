namespace InvestAid.EntityFrameworkCore.Finance;

/// <summary>Aggregates over the money tables, as SQL: one query per figure set.</summary>
internal static class FinanceSql
{
    /// <summary>
    /// Per donor, over ODA and concessional-loan projects: the plan in force on <paramref name="asOf"/> (latest revision
    /// effective on or before it) and the year's disbursements in VND.
    /// </summary>
    public static FormattableString DonorTotals(int year, DateOnly asOf)
    {
        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        return $"""
            WITH plan AS (
                SELECT DISTINCT ON (project_id) project_id, foreign_vnd + counterpart_vnd AS plan_vnd
                FROM capital_plan_revisions
                WHERE year = {year} AND effective_date <= {asOf}
                ORDER BY project_id, effective_date DESC, revision DESC),
            paid AS (
                SELECT project_id, sum(amount_vnd) AS disbursed_vnd
                FROM disbursements WHERE date BETWEEN {start} AND {end}
                GROUP BY project_id)
            SELECT p.donor_code AS donor_code,
                   (SELECT dn.name_vi FROM reference_items dn WHERE dn.kind = 'Donor' AND dn.code = p.donor_code LIMIT 1) AS donor_name_vi,
                   (SELECT dn.name_en FROM reference_items dn WHERE dn.kind = 'Donor' AND dn.code = p.donor_code LIMIT 1) AS donor_name_en,
                   count(*)::int AS projects,
                   coalesce(sum(plan.plan_vnd), 0) AS plan_vnd, coalesce(sum(paid.disbursed_vnd), 0) AS disbursed_vnd
            FROM projects p
            LEFT JOIN plan ON plan.project_id = p.id
            LEFT JOIN paid ON paid.project_id = p.id
            WHERE p.kind IN ('Oda', 'ConcessionalLoan') AND (plan.project_id IS NOT NULL OR paid.project_id IS NOT NULL)
            GROUP BY p.donor_code
            ORDER BY p.donor_code
            """;
    }
}
