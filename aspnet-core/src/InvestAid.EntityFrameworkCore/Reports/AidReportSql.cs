namespace InvestAid.EntityFrameworkCore.Reports;

/// <summary>The ODA and NGO report figures per project, one SQL statement each.</summary>
internal static class AidReportSql
{
    /// <summary>
    /// ODA / loan projects in implementation in the period (Active, Completed or Terminated; actual start — else the day it became
    /// Active — by its end; actual end,
    /// if any, not before its start), or with a plan of the plan year in force at the period end (latest effective by then), or
    /// with disbursements in the period. Amounts as recorded; pricing in USD is the service's.
    /// </summary>
    public static FormattableString Oda(DateOnly from, DateOnly to, int planYear, DateOnly? rateDate) => $"""
        WITH plan AS (
            SELECT DISTINCT ON (r.project_id) r.project_id, r.revision, r.currency, r.effective_date,
                   r.foreign_amount, r.counterpart_amount, r.foreign_vnd, r.counterpart_vnd
            FROM capital_plan_revisions r
            WHERE r.year = {planYear} AND r.effective_date <= {to}
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
            WHERE d.date BETWEEN {from} AND {to}
            GROUP BY d.project_id),
        dated AS (
            SELECT x.rate_to_vnd FROM exchange_rates x
            WHERE x.currency = 'USD' AND {rateDate}::date IS NOT NULL AND x.date <= {rateDate}::date
            ORDER BY x.date DESC LIMIT 1)
        SELECT p.id, p.code, p.name_vi, p.name_en, p.kind, p.status, p.started AS actual_start, p.ended AS actual_end, p.donor_code,
               dn.name_vi AS donor_name_vi, dn.name_en AS donor_name_en,
               p.oda_currency AS agreement_currency,
               coalesce(p.oda_oda_amount, 0) AS agreement_oda, coalesce(p.oda_loan_amount, 0) AS agreement_loan,
               coalesce(p.oda_rate_to_usd, 0) AS agreement_rate_to_usd, coalesce(p.oda_rate_to_vnd, 0) AS agreement_rate_to_vnd,
               plan.revision AS plan_revision, plan.effective_date AS plan_effective_date, plan.currency AS plan_currency,
               coalesce(plan.foreign_amount, 0) AS plan_foreign_amount, coalesce(plan.counterpart_amount, 0) AS plan_counterpart_amount,
               coalesce(plan.foreign_vnd, 0) AS plan_foreign_vnd, coalesce(plan.counterpart_vnd, 0) AS plan_counterpart_vnd,
               coalesce(paid.oda_vnd, 0) AS oda_vnd, coalesce(paid.loan_vnd, 0) AS loan_vnd, coalesce(paid.counterpart_vnd, 0) AS counterpart_vnd,
               coalesce(paid.oda_usd, 0) AS oda_usd, coalesce(paid.loan_usd, 0) AS loan_usd, coalesce(paid.counterpart_usd, 0) AS counterpart_usd,
               (SELECT rate_to_vnd FROM dated) AS dated_usd_rate_to_vnd
        FROM (SELECT q.*, coalesce(q.actual_start, (SELECT min(c.effective_date) FROM project_status_changes c WHERE c.project_id = q.id AND c."to" = 'Active')) AS started,
                     coalesce(q.actual_end, (SELECT max(c.effective_date) FROM project_status_changes c WHERE c.project_id = q.id AND c."to" IN ('Completed', 'Terminated'))) AS ended FROM projects q
              WHERE q.kind IN ('Oda', 'ConcessionalLoan')) p
        LEFT JOIN plan ON plan.project_id = p.id
        LEFT JOIN paid ON paid.project_id = p.id
        LEFT JOIN reference_items dn ON dn.kind = 'Donor' AND dn.code = p.donor_code
        WHERE p.kind IN ('Oda', 'ConcessionalLoan')
          AND (plan.project_id IS NOT NULL OR paid.project_id IS NOT NULL
               OR (p.status IN ('Active', 'Completed', 'Terminated') AND p.started <= {to}
                   AND (p.ended IS NULL OR p.ended >= {from})))
        ORDER BY p.code
        """;

    /// <summary>
    /// NGO aid approved by the period end (status Approved or later, approval date by then) or with receipts in the period: the
    /// commitment in USD at the commitment's rate, the expected-receipt instalments due in the period (the per-year commitment
    /// schedule), the receipts of the period and the first receipt ever.
    /// </summary>
    public static FormattableString Ngo(DateOnly from, DateOnly to) => $"""
        WITH received AS (
            SELECT r.project_id,
                   coalesce(sum(r.amount_usd) FILTER (WHERE r.date BETWEEN {from} AND {to}), 0) AS usd,
                   coalesce(sum(r.amount_vnd) FILTER (WHERE r.date BETWEEN {from} AND {to}), 0) AS vnd,
                   min(r.date) AS first_receipt,
                   bool_or(r.date BETWEEN {from} AND {to}) AS in_period
            FROM aid_receipts r
            GROUP BY r.project_id),
        schedule AS (
            SELECT e.project_id,
                   coalesce(sum(e.amount_usd) FILTER (WHERE e.due_date BETWEEN {from} AND {to}), 0) AS usd
            FROM expected_receipts e
            GROUP BY e.project_id)
        SELECT p.id, p.code, p.name_vi, p.name_en, p.status, p.donor_code,
               dn.name_vi AS donor_name_vi, dn.name_en AS donor_name_en,
               p.dac_code, p.ngo_field AS field, p.commune_code, p.commune_codes,
               p.ngo_approval_date AS approval_date, p.ngo_approval_decision_number AS decision_number,
               coalesce(p.actual_start, (SELECT min(c.effective_date) FROM project_status_changes c WHERE c.project_id = p.id AND c."to" = 'Active')) AS actual_start,
               coalesce(p.actual_end, (SELECT max(c.effective_date) FROM project_status_changes c WHERE c.project_id = p.id AND c."to" IN ('Completed', 'Terminated'))) AS actual_end, p.planned_end,
               round(coalesce(p.ngo_committed_amount, 0) * coalesce(p.ngo_rate_to_usd, 0), 2) AS committed_usd,
               (schedule.project_id IS NOT NULL) AS has_schedule, coalesce(schedule.usd, 0) AS scheduled_in_period_usd,
               coalesce(received.usd, 0) AS received_usd, coalesce(received.vnd, 0) AS received_vnd,
               received.first_receipt
        FROM projects p
        LEFT JOIN received ON received.project_id = p.id
        LEFT JOIN schedule ON schedule.project_id = p.id
        LEFT JOIN reference_items dn ON dn.kind = 'Donor' AND dn.code = p.donor_code
        WHERE p.kind = 'NgoAid'
          AND ((p.status IN ('Approved', 'Active', 'Completed', 'Terminated') AND p.ngo_approval_date <= {to})
               OR coalesce(received.in_period, false))
        ORDER BY p.code
        """;

    /// <summary>Dossiers of NGO aid received by the period end.</summary>
    public static FormattableString NgoDossiers(DateOnly to) => $"""
        SELECT d.project_id, p.code AS project_code, d.procedure_key, d.received_on, d.status, d.decision_date
        FROM dossiers d
        JOIN projects p ON p.id = d.project_id
        WHERE p.kind = 'NgoAid' AND d.received_on <= {to}
        ORDER BY d.received_on, p.code
        """;
}
