using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestAid.EntityFrameworkCore.Migrations
{
    /// <inheritdoc />
    public partial class CapitalLedgerDays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "capital_ledger_days",
                columns: table => new
                {
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    until = table.Column<DateOnly>(type: "date", nullable: false),
                    new_n = table.Column<int>(type: "integer", nullable: false),
                    new_usd = table.Column<decimal>(type: "numeric(24,2)", precision: 24, scale: 2, nullable: false),
                    adj_n = table.Column<int>(type: "integer", nullable: false),
                    inc_n = table.Column<int>(type: "integer", nullable: false),
                    increase_usd = table.Column<decimal>(type: "numeric(24,2)", precision: 24, scale: 2, nullable: false),
                    dec_n = table.Column<int>(type: "integer", nullable: false),
                    decrease_usd = table.Column<decimal>(type: "numeric(24,2)", precision: 24, scale: 2, nullable: false),
                    terminates = table.Column<bool>(type: "boolean", nullable: false),
                    registered = table.Column<bool>(type: "boolean", nullable: false),
                    terminated = table.Column<bool>(type: "boolean", nullable: false),
                    capital_usd = table.Column<decimal>(type: "numeric(24,2)", precision: 24, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_capital_ledger_days", x => new { x.project_id, x.day });
                    table.ForeignKey(
                        name: "fk_capital_ledger_days_projects_project_id",
                        column: x => x.project_id,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_capital_ledger_days_period",
                table: "capital_ledger_days",
                column: "day")
                .Annotation("Npgsql:IndexInclude", new[] { "project_id", "new_n", "new_usd", "adj_n", "inc_n", "increase_usd", "dec_n", "decrease_usd", "terminates", "capital_usd" });

            migrationBuilder.CreateIndex(
                name: "ix_capital_ledger_days_valid",
                table: "capital_ledger_days",
                column: "until",
                filter: "registered AND NOT terminated")
                .Annotation("Npgsql:IndexInclude", new[] { "day", "project_id", "capital_usd" });

            // capital_ledger_days is derived from the ledger by the database itself, in the statement that appends
            // to it (EF, the bulk import's COPY, any SQL): every project an insert touches (its own entries and the
            // projects of the entries its corrections name) is recomputed from its whole ledger.
            // The SQL is written out here (not referenced) so that this migration never changes; it is the one home of the rule.
            migrationBuilder.Sql("""
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
                """);
            migrationBuilder.Sql("SELECT refresh_capital_ledger_days(ARRAY(SELECT DISTINCT project_id FROM capital_events));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS capital_ledger_days_refresh ON capital_events;
                DROP TRIGGER IF EXISTS capital_ledger_days_truncate ON capital_events;
                DROP FUNCTION IF EXISTS capital_ledger_days_after_insert();
                DROP FUNCTION IF EXISTS capital_ledger_days_after_truncate();
                DROP FUNCTION IF EXISTS refresh_capital_ledger_days(uuid[]);
                """);
            migrationBuilder.DropTable(
                name: "capital_ledger_days");
        }
    }
}
