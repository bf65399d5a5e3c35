using InvestAid.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestAid.EntityFrameworkCore.Migrations
{
    /// <summary>
    /// One rebuild of a project's ledger days at a time. Two entries for the same project, committed concurrently, both
    /// deleted and rebuilt the project's <c>capital_ledger_days</c>; the second's rows collided with the first's on their key
    /// (500 in the load test, 5 December 2026). The rebuild now first locks the projects it rebuilds (in id order, as an
    /// update would, so two multi-project rebuilds cannot deadlock); a second entry waits for the first to commit, then
    /// rebuilds from both, and its own update of the project then meets the first's version (409). No model change.
    /// </summary>
    [DbContext(typeof(InvestAidDbContext))]
    [Migration("20261205090000_CapitalLedgerDaysOneRebuildPerProject")]
    public partial class CapitalLedgerDaysOneRebuildPerProject : Migration
    {
        private const string Lock = "PERFORM 1 FROM projects p WHERE p.id = ANY(ids) ORDER BY p.id FOR NO KEY UPDATE;";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql(RefreshFunction.Replace("{{LOCK}}", Lock));

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql(RefreshFunction.Replace("{{LOCK}}", ""));

        // The function of migration CapitalLedgerDays, written out again (migrations never change), with the lock's place.
        private const string RefreshFunction = """
                CREATE OR REPLACE FUNCTION refresh_capital_ledger_days(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
                BEGIN
                  {{LOCK}}
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
                """;
    }
}
