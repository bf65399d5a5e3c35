namespace InvestAid.EntityFrameworkCore.Reports;

/// <summary>The ODA and NGO report figures per project, one SQL statement each.</summary>
internal static class AidReportSql
{
    /// <summary>
    /// ODA / loan projects: the plan revision in force on 31 December (latest effective by then), valued in USD at its own
    /// amounts when in USD, else its VND at the USD rate on or before its effective date; disbursements of the year by source.
    /// </summary>
    public static FormattableString Oda(int year)
    {
        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        return $"""
            WITH plan AS (
                SELECT DISTINCT ON (r.project_id) r.project_id, r.currency, r.effective_date,
                       r.foreign_amount, r.counterpart_amount, r.foreign_vnd, r.counterpart_vnd
                FROM capital_plan_revisions r
                WHERE r.year = {year} AND r.effective_date <= {end}
                ORDER BY r.project_id, r.effective_date DESC, r.revision DESC),
            paid AS (
                SELECT d.project_id,
                       coalesce(sum(d.amount_vnd) FILTER (WHERE d.source = 'Oda'), 0) AS oda_vnd,
                       coalesce(sum(d.amount_vnd) FILTER (WHERE d.source = 'Loan'), 0) AS loan_vnd,
                       coalesce(sum(d.amount_vnd) FILTER (WHERE d.source = 'Counterpart'), 0) AS counterpart_vnd,
                       coalesce(sum(d.amount_usd) FILTER (WHERE d.source = 'Oda'), 0) AS oda_usd,
                       coalesce(sum(d.amount_usd) FILTER (WHERE d.source = 'Loan'), 0) AS loan_usd,
                       coalesce(sum(d.amount_usd) FILTER (WHERE d.source = 'Counterpart'), 0) AS counterpart_usd
                FROM disbursements d
                WHERE d.date BETWEEN {start} AND {end}
                GROUP BY d.project_id)
            SELECT p.id, p.code, p.name_vi, p.name_en, p.kind, p.donor_code,
                   dn.name_vi AS donor_name_vi, dn.name_en AS donor_name_en,
                   coalesce(p.oda_oda_amount, 0) AS agreement_oda, coalesce(p.oda_loan_amount, 0) AS agreement_loan,
                   coalesce(plan.foreign_vnd, 0) AS plan_foreign_vnd, coalesce(plan.counterpart_vnd, 0) AS plan_counterpart_vnd,
                   coalesce(CASE WHEN plan.currency = 'USD' THEN plan.foreign_amount ELSE round(plan.foreign_vnd / usd.rate_to_vnd, 2) END, 0) AS plan_foreign_usd,
                   coalesce(CASE WHEN plan.currency = 'USD' THEN plan.counterpart_amount ELSE round(plan.counterpart_vnd / usd.rate_to_vnd, 2) END, 0) AS plan_counterpart_usd,
                   coalesce(paid.oda_vnd, 0) AS oda_vnd, coalesce(paid.loan_vnd, 0) AS loan_vnd, coalesce(paid.counterpart_vnd, 0) AS counterpart_vnd,
                   coalesce(paid.oda_usd, 0) AS oda_usd, coalesce(paid.loan_usd, 0) AS loan_usd, coalesce(paid.counterpart_usd, 0) AS counterpart_usd
            FROM projects p
            LEFT JOIN plan ON plan.project_id = p.id
            LEFT JOIN paid ON paid.project_id = p.id
            LEFT JOIN reference_items dn ON dn.kind = 'Donor' AND dn.code = p.donor_code
            LEFT JOIN LATERAL (SELECT x.rate_to_vnd FROM exchange_rates x
                               WHERE x.currency = 'USD' AND x.date <= plan.effective_date
                               ORDER BY x.date DESC LIMIT 1) usd ON true
            WHERE p.kind IN ('Oda', 'ConcessionalLoan') AND (plan.project_id IS NOT NULL OR paid.project_id IS NOT NULL)
            ORDER BY p.code
            """;
    }

    /// <summary>
    /// NGO programmes in force in the year (approved by its end and still approved, active or completed, not ended before its
    /// start) or with receipts in it. The commitment in USD at the commitment's rate; approved in the year also when later terminated.
    /// </summary>
    public static FormattableString Ngo(int year)
    {
        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        return $"""
            WITH received AS (
                SELECT r.project_id, sum(r.amount_usd) AS usd, sum(r.amount_vnd) AS vnd
                FROM aid_receipts r
                WHERE r.date BETWEEN {start} AND {end}
                GROUP BY r.project_id),
            programme AS (
                SELECT p.*,
                       (p.status IN ('Approved', 'Active', 'Completed') AND p.ngo_approval_date <= {end}
                        AND (coalesce(p.actual_end, p.planned_end) IS NULL OR coalesce(p.actual_end, p.planned_end) >= {start})) AS in_force,
                       (p.status IN ('Approved', 'Active', 'Completed', 'Terminated') AND p.ngo_approval_date BETWEEN {start} AND {end}) AS approved_in_year
                FROM projects p
                WHERE p.kind = 'NgoAid')
            SELECT p.id, p.code, p.name_vi, p.name_en, p.donor_code,
                   dn.name_vi AS donor_name_vi, dn.name_en AS donor_name_en,
                   p.dac_code, dac.name_vi AS dac_name_vi, dac.name_en AS dac_name_en, p.ngo_field AS field,
                   p.ngo_approval_date AS approval_date, p.approved_in_year, p.in_force,
                   round(coalesce(p.ngo_committed_amount, 0) * coalesce(p.ngo_rate_to_usd, 0), 2) AS committed_usd,
                   coalesce(received.usd, 0) AS received_usd, coalesce(received.vnd, 0) AS received_vnd
            FROM programme p
            LEFT JOIN received ON received.project_id = p.id
            LEFT JOIN reference_items dn ON dn.kind = 'Donor' AND dn.code = p.donor_code
            LEFT JOIN reference_items dac ON dac.kind = 'DacPurpose' AND dac.code = p.dac_code
            WHERE p.in_force OR p.approved_in_year OR received.project_id IS NOT NULL
            ORDER BY p.code
            """;
    }
}
