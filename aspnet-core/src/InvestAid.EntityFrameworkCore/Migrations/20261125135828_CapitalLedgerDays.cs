using System;
using InvestAid.EntityFrameworkCore.Reports;
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
            migrationBuilder.Sql(CapitalLedgerDaysSql.Create);
            migrationBuilder.Sql("SELECT refresh_capital_ledger_days(ARRAY(SELECT DISTINCT project_id FROM capital_events));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(CapitalLedgerDaysSql.Drop);
            migrationBuilder.DropTable(
                name: "capital_ledger_days");
        }
    }
}
