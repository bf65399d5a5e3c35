namespace InvestAid.EntityFrameworkCore.Notifications;

/// <summary>
/// The reminder jobs' SQL. Custom SQL lives here, not in the migrations: each query finds every due item of one
/// job at once (set-based) and skips those whose reminder key already exists.
/// </summary>
internal static class ReminderSql
{
    public const string ClaimKeys = """
        INSERT INTO reminders (key, kind, subject_id, created_at)
        SELECT k, kd, s, $4 FROM unnest($1::text[], $2::text[], $3::uuid[]) AS t(k, kd, s)
        ON CONFLICT (key) DO NOTHING
        RETURNING key
        """;

    public const string Addresses = "SELECT id, email, language FROM users WHERE id = ANY($1)";

    public const string EmailSwitchedOff = "SELECT user_id, kind FROM notification_preferences WHERE user_id = ANY($1) AND NOT email_enabled";

    public const string CopyNotifications =
        "COPY notifications (id, user_id, kind, title, body, template, arguments, link, project_id, reminder_key, created_at) FROM STDIN (FORMAT BINARY)";

    public const string CopyOutbox =
        "COPY mail_outbox (id, notification_id, to_address, status, attempts, next_attempt_at, created_at) FROM STDIN (FORMAT BINARY)";

    public const string UsersInRoles = """
        SELECT ur.user_id, r.name FROM user_roles ur JOIN roles r ON r.id = ur.role_id WHERE r.name = ANY($1)
        """;

    public const string UserNames = "SELECT id, lower(coalesce(user_name, '')), lower(coalesce(email, '')) FROM users";

    /// <summary>Projects still running (not finished, rejected or terminated).</summary>
    private const string Live = "p.status NOT IN ('Completed', 'Terminated', 'Rejected')";

    /// <summary>$1 year, $2 checkpoint date, $3 share of the plan expected by then, $4 threshold, $5 key suffix.</summary>
    public const string DisbursementLag = $"""
        WITH plan AS (
            SELECT DISTINCT ON (project_id) project_id, foreign_vnd + counterpart_vnd AS plan_vnd
            FROM capital_plan_revisions
            WHERE year = $1 AND effective_date <= $2
            ORDER BY project_id, effective_date DESC, revision DESC),
        paid AS (
            SELECT d.project_id, sum(d.amount_vnd) AS paid_vnd
            FROM disbursements d
            WHERE d.date >= make_date($1, 1, 1) AND d.date <= $2
            GROUP BY d.project_id)
        SELECT p.id, p.code, p.name_vi, p.owner_user_id, plan.plan_vnd, coalesce(paid.paid_vnd, 0)
        FROM plan
        JOIN projects p ON p.id = plan.project_id
        LEFT JOIN paid ON paid.project_id = plan.project_id
        WHERE p.kind IN ('Oda', 'ConcessionalLoan') AND {Live}
          AND plan.plan_vnd > 0
          AND coalesce(paid.paid_vnd, 0) < plan.plan_vnd * $3 * (1 - $4)
          AND NOT EXISTS (SELECT 1 FROM reminders r WHERE r.key = 'disbursement-lag:' || p.id || ':' || $5)
        """;

    /// <summary>$1 today. Instalments due before today whose cumulative amount the receipts do not cover.</summary>
    public const string ReceiptOverdue = $"""
        WITH sched AS (
            SELECT e.id, e.project_id, e.due_date,
                   sum(e.amount_usd) OVER (PARTITION BY e.project_id ORDER BY e.due_date, e.id) AS expected_usd
            FROM expected_receipts e
            WHERE e.due_date < $1),
        recv AS (
            SELECT r.project_id, sum(r.amount_usd) AS received_usd
            FROM aid_receipts r
            WHERE r.project_id IN (SELECT project_id FROM sched) AND r.date <= $1
            GROUP BY r.project_id)
        SELECT s.id, p.id, p.code, p.name_vi, p.owner_user_id, s.due_date, s.expected_usd, coalesce(recv.received_usd, 0)
        FROM sched s
        JOIN projects p ON p.id = s.project_id
        LEFT JOIN recv ON recv.project_id = s.project_id
        WHERE coalesce(recv.received_usd, 0) < s.expected_usd AND {Live}
          AND NOT EXISTS (SELECT 1 FROM reminders r WHERE r.key = 'receipt-overdue:' || s.id)
        """;

    /// <summary>
    /// $1 project kinds, $2 key prefixes, $3 report year, $4 report quarter (FDI quarterly reports only: a report
    /// already filed for the quarter needs no reminder), one array element per deadline in its reminder window.
    /// </summary>
    public const string ReportDeadlines = """
        SELECT d.idx, p.id, p.code, p.name_vi, p.owner_user_id
        FROM unnest($1::text[], $2::text[], $3::int[], $4::int[]) WITH ORDINALITY AS d(kind, prefix, year, quarter, idx)
        JOIN projects p ON p.kind = d.kind
        WHERE p.status IN ('Approved', 'Active')
          AND NOT EXISTS (SELECT 1 FROM reminders r WHERE r.key = d.prefix || p.id)
          AND NOT (d.quarter IS NOT NULL AND EXISTS (
                SELECT 1 FROM implemented_capital_reports i WHERE i.project_id = p.id AND i.year = d.year AND i.quarter = d.quarter))
        """;

    /// <summary>$1 now. Open tasks past due, unless both their reminder and their escalation were made.</summary>
    public const string OverdueTasks = """
        SELECT t.instance_id, t.id, coalesce(t.name, t.element_id), t.assignee, t.candidate_users, t.candidate_groups, t.due_at, i.business_key,
               i.definition_key, i.definition_version, t.element_id
        FROM workflow_tasks t
        JOIN workflow_instances i ON i.id = t.instance_id
        WHERE t.status = 'Open' AND t.due_at < $1
          AND NOT (EXISTS (SELECT 1 FROM reminders r WHERE r.key = 'task-overdue:' || t.instance_id || ':' || t.id)
               AND EXISTS (SELECT 1 FROM reminders r WHERE r.key = 'task-escalated:' || t.instance_id || ':' || t.id))
        """;

    /// <summary>$1 today. Approved NGO aid, not started, whose 6 months from approval have passed (Decree 80/2020 Art. 4(7)).</summary>
    public const string AidNotStarted = """
        SELECT p.id, p.code, p.name_vi, p.owner_user_id, p.ngo_approval_date
        FROM projects p
        WHERE p.kind = 'NgoAid' AND p.status = 'Approved' AND p.actual_start IS NULL
          AND p.ngo_approval_date IS NOT NULL AND (p.ngo_approval_date + interval '6 months')::date < $1
          AND NOT EXISTS (SELECT 1 FROM reminders r WHERE r.key = 'aid-not-started:' || p.id)
        """;

    /// <summary>
    /// Notifications asked for by procedures (<c>notify</c> steps keep their requests in the instance variable
    /// <c>notifications</c>) that no run has delivered yet, with the dossier's project.
    /// </summary>
    public const string ProcedureNotifications = """
        SELECT i.id, n->>'elementId', coalesce(n->>'to', ''), coalesce(n->>'subject', ''), coalesce(n->>'requestedAt', ''),
               d.project_id, p.code, p.name_vi, p.owner_user_id
        FROM workflow_instances i
        CROSS JOIN LATERAL jsonb_array_elements(
            CASE WHEN jsonb_typeof(i.variables->'notifications') = 'array' THEN i.variables->'notifications' ELSE '[]'::jsonb END) n
        LEFT JOIN dossiers d ON d.id::text = i.business_key
        LEFT JOIN projects p ON p.id = d.project_id
        WHERE i.variables ? 'notifications'
          AND NOT EXISTS (SELECT 1 FROM reminders r
                          WHERE r.key = 'procedure:' || i.id || ':' || (n->>'elementId') || ':' || coalesce(n->>'requestedAt', ''))
        """;

    /// <summary>Users of consulted agencies, by agency code.</summary>
    public const string AgencyUsers = """
        SELECT user_id, claim_value FROM user_claims WHERE claim_type = 'investaid:agency'
        """;
}
