namespace InvestAid.EntityFrameworkCore.Reports;

/// <summary>
/// The database side of <see cref="CapitalLedgerDay"/>: <c>refresh_capital_ledger_days(uuid[])</c> recomputes the
/// given projects' rows from their whole ledger (the same rules as <c>CapitalLedger</c>: an entry is in force unless
/// an entry corrects it; state on a day = the entries in force dated on or before it), and statement-level triggers
/// on <c>capital_events</c> call it for the projects each insert touches; TRUNCATE empties the table with the ledger.
/// </summary>
public static class CapitalLedgerDaysSql
{
    public const string Create = """
        CREATE FUNCTION refresh_capital_ledger_days(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
          DELETE FROM capital_ledger_days d USING (SELECT DISTINCT unnest(ids) AS id) t WHERE d.project_id = t.id;
          INSERT INTO capital_ledger_days (project_id, day, until, new_n, new_usd, adj_n, inc_n, increase_usd, dec_n, decrease_usd,
                                           terminates, registered, terminated, capital_usd)
          WITH touched AS (SELECT DISTINCT unnest(ids) AS id),
          in_force AS (
            SELECT e.project_id, e.effective_date AS day, e.type, e.capital_change_usd AS usd
            FROM capital_events e JOIN touched t ON t.id = e.project_id
            WHERE NOT EXISTS (SELECT 1 FROM capital_events x WHERE x.corrects_event_id IS NOT NULL AND x.corrects_event_id = e.id)
          ),
          days AS (
            SELECT project_id, day,
                   count(*) FILTER (WHERE type = 'NewRegistration') AS new_n,
                   coalesce(sum(usd) FILTER (WHERE type = 'NewRegistration'), 0) AS new_usd,
                   count(*) FILTER (WHERE type = 'Adjustment') AS adj_n,
                   count(*) FILTER (WHERE type = 'Adjustment' AND usd > 0) AS inc_n,
                   coalesce(sum(usd) FILTER (WHERE type = 'Adjustment' AND usd > 0), 0) AS inc_usd,
                   count(*) FILTER (WHERE type = 'Adjustment' AND usd < 0) AS dec_n,
                   coalesce(-sum(usd) FILTER (WHERE type = 'Adjustment' AND usd < 0), 0) AS dec_usd,
                   bool_or(type = 'NewRegistration') AS has_registration,
                   bool_or(type = 'Termination') AS has_termination,
                   sum(usd) AS usd
            FROM in_force
            GROUP BY project_id, day
          )
          SELECT project_id, day,
                 coalesce(lead(day) OVER (PARTITION BY project_id ORDER BY day), DATE '9999-12-31'),
                 new_n, new_usd, adj_n, inc_n, inc_usd, dec_n, dec_usd,
                 has_termination AND NOT coalesce(bool_or(has_termination) OVER before, false),
                 bool_or(has_registration) OVER upto,
                 bool_or(has_termination) OVER upto,
                 sum(usd) OVER upto
          FROM days
          WINDOW upto AS (PARTITION BY project_id ORDER BY day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW),
                 before AS (PARTITION BY project_id ORDER BY day ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING);
        END $$;

        CREATE FUNCTION capital_ledger_days_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM refresh_capital_ledger_days(ARRAY(
            SELECT n.project_id FROM inserted n
            UNION
            SELECT e.project_id FROM inserted n JOIN capital_events e ON e.id = n.corrects_event_id));
          RETURN NULL;
        END $$;

        CREATE FUNCTION capital_ledger_days_after_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          -- DELETE, not TRUNCATE: the same TRUNCATE statement may be emptying capital_ledger_days too (CASCADE).
          DELETE FROM capital_ledger_days;
          RETURN NULL;
        END $$;

        CREATE TRIGGER capital_ledger_days_refresh AFTER INSERT ON capital_events
          REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION capital_ledger_days_after_insert();
        CREATE TRIGGER capital_ledger_days_truncate AFTER TRUNCATE ON capital_events
          FOR EACH STATEMENT EXECUTE FUNCTION capital_ledger_days_after_truncate();
        """;

    public const string Drop = """
        DROP TRIGGER IF EXISTS capital_ledger_days_refresh ON capital_events;
        DROP TRIGGER IF EXISTS capital_ledger_days_truncate ON capital_events;
        DROP FUNCTION IF EXISTS capital_ledger_days_after_insert();
        DROP FUNCTION IF EXISTS capital_ledger_days_after_truncate();
        DROP FUNCTION IF EXISTS refresh_capital_ledger_days(uuid[]);
        """;

    /// <summary>Recomputes the whole table from the ledger (what the trigger keeps it equal to).</summary>
    public const string RebuildAll = "SELECT refresh_capital_ledger_days(ARRAY(SELECT DISTINCT project_id FROM capital_events))";
}
