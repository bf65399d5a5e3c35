using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestAid.EntityFrameworkCore.Migrations
{
    /// <inheritdoc />
    public partial class ValidatedEditsFreezesEnterpriseReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "change_proposals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    payload_json = table.Column<string>(type: "jsonb", nullable: false),
                    changes_json = table.Column<string>(type: "jsonb", nullable: false),
                    attachments_json = table.Column<string>(type: "jsonb", nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    proposed_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    proposed_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    proposed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    decided_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decision_comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    auto_accepted = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_change_proposals", x => x.id);
                    table.ForeignKey(
                        name: "fk_change_proposals_projects_project_id",
                        column: x => x.project_id,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "enterprise_reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    period_kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    quarter = table.Column<int>(type: "integer", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    form_version = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    values_json = table.Column<string>(type: "jsonb", nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    filed_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    filed_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    filed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    decided_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decision_comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_enterprise_reports", x => x.id);
                    table.ForeignKey(
                        name: "fk_enterprise_reports_projects_project_id",
                        column: x => x.project_id,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "freeze_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    freeze_date = table.Column<DateOnly>(type: "date", nullable: false),
                    grace_days = table.Column<int>(type: "integer", nullable: false),
                    coverage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    declared_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    declared_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_freeze_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "freeze_exceptions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    month = table.Column<int>(type: "integer", nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    granted_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    granted_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    granted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    used_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    used_for = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_freeze_exceptions", x => x.id);
                    table.ForeignKey(
                        name: "fk_freeze_exceptions_projects_project_id",
                        column: x => x.project_id,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_change_proposals_project_id_proposed_at",
                table: "change_proposals",
                columns: new[] { "project_id", "proposed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_change_proposals_status_proposed_at",
                table: "change_proposals",
                columns: new[] { "status", "proposed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_enterprise_reports_project_id_period_kind_year_quarter_revi",
                table: "enterprise_reports",
                columns: new[] { "project_id", "period_kind", "year", "quarter", "revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_enterprise_reports_status_year_quarter",
                table: "enterprise_reports",
                columns: new[] { "status", "year", "quarter" });

            migrationBuilder.CreateIndex(
                name: "ix_freeze_exceptions_project_id",
                table: "freeze_exceptions",
                column: "project_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "change_proposals");

            migrationBuilder.DropTable(
                name: "enterprise_reports");

            migrationBuilder.DropTable(
                name: "freeze_events");

            migrationBuilder.DropTable(
                name: "freeze_exceptions");
        }
    }
}
