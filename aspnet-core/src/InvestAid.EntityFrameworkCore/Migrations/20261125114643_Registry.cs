using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace InvestAid.EntityFrameworkCore.Migrations
{
    /// <inheritdoc />
    public partial class Registry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .Annotation("Npgsql:PostgresExtension:unaccent", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:unaccent", ",,");

            migrationBuilder.AddColumn<DateOnly>(
                name: "actual_end",
                table: "projects",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "actual_start",
                table: "projects",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "address",
                table: "projects",
                type: "character varying(512)",
                maxLength: 512,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "commune_code",
                table: "projects",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "created_at",
                table: "projects",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<string>(
                name: "dac_code",
                table: "projects",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "donor_code",
                table: "projects",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "fdi_duration_years",
                table: "projects",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "fdi_irc_date",
                table: "projects",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "fdi_irc_number",
                table: "projects",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "industrial_zone_code",
                table: "projects",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "latitude",
                table: "projects",
                type: "numeric(9,6)",
                precision: 9,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "longitude",
                table: "projects",
                type: "numeric(9,6)",
                precision: 9,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "national_code",
                table: "projects",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ngo_aid_type",
                table: "projects",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ngo_approval_date",
                table: "projects",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ngo_approval_decision_number",
                table: "projects",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "ngo_committed_amount",
                table: "projects",
                type: "numeric(24,2)",
                precision: 24,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ngo_currency",
                table: "projects",
                type: "character varying(3)",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ngo_field",
                table: "projects",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "ngo_rate_to_usd",
                table: "projects",
                type: "numeric(18,8)",
                precision: 18,
                scale: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ngo_receiving_agency_code",
                table: "projects",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "objectives",
                table: "projects",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "oda_agreement_date",
                table: "projects",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "oda_agreement_number",
                table: "projects",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "oda_counterpart_amount",
                table: "projects",
                type: "numeric(24,2)",
                precision: 24,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "oda_currency",
                table: "projects",
                type: "character varying(3)",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "oda_loan_amount",
                table: "projects",
                type: "numeric(24,2)",
                precision: 24,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "oda_oda_amount",
                table: "projects",
                type: "numeric(24,2)",
                precision: 24,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "oda_rate_date",
                table: "projects",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "oda_rate_to_usd",
                table: "projects",
                type: "numeric(18,8)",
                precision: 18,
                scale: 8,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "oda_rate_to_vnd",
                table: "projects",
                type: "numeric(18,4)",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "owner_name",
                table: "projects",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "owner_user_id",
                table: "projects",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "planned_end",
                table: "projects",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "planned_start",
                table: "projects",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "registered_capital_usd",
                table: "projects",
                type: "numeric(20,2)",
                precision: 20,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "registered_capital_vnd",
                table: "projects",
                type: "numeric(24,0)",
                precision: 24,
                scale: 0,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<DateOnly>(
                name: "registered_on",
                table: "projects",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                table: "projects",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "sector_code",
                table: "projects",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "updated_at",
                table: "projects",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    entity_type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    entity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    before = table.Column<string>(type: "jsonb", nullable: true),
                    after = table.Column<string>(type: "jsonb", nullable: true),
                    summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "capital_contributions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    investor_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    country_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    target_enterprise = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    target_tax_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    value_usd = table.Column<decimal>(type: "numeric(20,2)", precision: 20, scale: 2, nullable: false),
                    value_vnd = table.Column<decimal>(type: "numeric(24,0)", precision: 24, scale: 0, nullable: true),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    sector_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    commune_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    industrial_zone_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    search_text = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_capital_contributions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "capital_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    effective_date = table.Column<DateOnly>(type: "date", nullable: false),
                    capital_change_usd = table.Column<decimal>(type: "numeric(20,2)", precision: 20, scale: 2, nullable: false),
                    capital_change_vnd = table.Column<decimal>(type: "numeric(24,0)", precision: 24, scale: 0, nullable: false),
                    certificate_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    corrects_event_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_capital_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_capital_events_projects_project_id",
                        column: x => x.project_id,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "code_counters",
                columns: table => new
                {
                    series = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    last_number = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_code_counters", x => new { x.series, x.year });
                });

            migrationBuilder.CreateTable(
                name: "project_investors",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    country_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_project_investors", x => x.id);
                    table.ForeignKey(
                        name: "fk_project_investors_projects_project_id",
                        column: x => x.project_id,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "project_status_changes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    to = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    effective_date = table.Column<DateOnly>(type: "date", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_project_status_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_project_status_changes_projects_project_id",
                        column: x => x.project_id,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reference_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name_vi = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    name_en = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    parent_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: true),
                    effective_to = table.Column<DateOnly>(type: "date", nullable: true),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    search_text = table.Column<string>(type: "text", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reference_items", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_projects_commune_code",
                table: "projects",
                column: "commune_code");

            migrationBuilder.CreateIndex(
                name: "ix_projects_donor_code",
                table: "projects",
                column: "donor_code");

            migrationBuilder.CreateIndex(
                name: "ix_projects_kind_status",
                table: "projects",
                columns: new[] { "kind", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_projects_owner_user_id",
                table: "projects",
                column: "owner_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_projects_registered_on",
                table: "projects",
                column: "registered_on");

            migrationBuilder.CreateIndex(
                name: "ix_projects_search_text",
                table: "projects",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_projects_sector_code",
                table: "projects",
                column: "sector_code");

            migrationBuilder.CreateIndex(
                name: "ix_projects_updated_at",
                table: "projects",
                column: "updated_at");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_entity_id_at",
                table: "audit_entries",
                columns: new[] { "entity_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_capital_contributions_country_code",
                table: "capital_contributions",
                column: "country_code");

            migrationBuilder.CreateIndex(
                name: "ix_capital_contributions_date",
                table: "capital_contributions",
                column: "date");

            migrationBuilder.CreateIndex(
                name: "ix_capital_events_corrects_event_id",
                table: "capital_events",
                column: "corrects_event_id");

            migrationBuilder.CreateIndex(
                name: "ix_capital_events_effective_date",
                table: "capital_events",
                column: "effective_date");

            migrationBuilder.CreateIndex(
                name: "ix_capital_events_project_id_effective_date",
                table: "capital_events",
                columns: new[] { "project_id", "effective_date" });

            migrationBuilder.CreateIndex(
                name: "ix_project_investors_country_code",
                table: "project_investors",
                column: "country_code");

            migrationBuilder.CreateIndex(
                name: "ix_project_investors_project_id",
                table: "project_investors",
                column: "project_id");

            migrationBuilder.CreateIndex(
                name: "ix_project_status_changes_project_id_effective_date",
                table: "project_status_changes",
                columns: new[] { "project_id", "effective_date" });

            migrationBuilder.CreateIndex(
                name: "ix_reference_items_kind_code",
                table: "reference_items",
                columns: new[] { "kind", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_reference_items_kind_parent_code",
                table: "reference_items",
                columns: new[] { "kind", "parent_code" });

            // The audit log and the capital ledger are append-only: the database refuses changes and deletions of their rows.
            migrationBuilder.Sql("""
                CREATE FUNCTION refuse_change_of_append_only_row() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  RAISE EXCEPTION '% is append-only: rows are never changed or deleted', TG_TABLE_NAME
                    USING ERRCODE = 'insufficient_privilege';
                END $$;
                CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries
                  FOR EACH ROW EXECUTE FUNCTION refuse_change_of_append_only_row();
                CREATE TRIGGER capital_events_append_only BEFORE UPDATE OR DELETE ON capital_events
                  FOR EACH ROW EXECUTE FUNCTION refuse_change_of_append_only_row();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS audit_entries_append_only ON audit_entries;
                DROP TRIGGER IF EXISTS capital_events_append_only ON capital_events;
                DROP FUNCTION IF EXISTS refuse_change_of_append_only_row();
                """);
            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "capital_contributions");

            migrationBuilder.DropTable(
                name: "capital_events");

            migrationBuilder.DropTable(
                name: "code_counters");

            migrationBuilder.DropTable(
                name: "project_investors");

            migrationBuilder.DropTable(
                name: "project_status_changes");

            migrationBuilder.DropTable(
                name: "reference_items");

            migrationBuilder.DropIndex(
                name: "ix_projects_commune_code",
                table: "projects");

            migrationBuilder.DropIndex(
                name: "ix_projects_donor_code",
                table: "projects");

            migrationBuilder.DropIndex(
                name: "ix_projects_kind_status",
                table: "projects");

            migrationBuilder.DropIndex(
                name: "ix_projects_owner_user_id",
                table: "projects");

            migrationBuilder.DropIndex(
                name: "ix_projects_registered_on",
                table: "projects");

            migrationBuilder.DropIndex(
                name: "ix_projects_search_text",
                table: "projects");

            migrationBuilder.DropIndex(
                name: "ix_projects_sector_code",
                table: "projects");

            migrationBuilder.DropIndex(
                name: "ix_projects_updated_at",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "actual_end",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "actual_start",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "address",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "commune_code",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "created_at",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "dac_code",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "donor_code",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "fdi_duration_years",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "fdi_irc_date",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "fdi_irc_number",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "industrial_zone_code",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "latitude",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "longitude",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "national_code",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "ngo_aid_type",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "ngo_approval_date",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "ngo_approval_decision_number",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "ngo_committed_amount",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "ngo_currency",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "ngo_field",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "ngo_rate_to_usd",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "ngo_receiving_agency_code",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "objectives",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "oda_agreement_date",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "oda_agreement_number",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "oda_counterpart_amount",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "oda_currency",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "oda_loan_amount",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "oda_oda_amount",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "oda_rate_date",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "oda_rate_to_usd",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "oda_rate_to_vnd",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "owner_name",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "owner_user_id",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "planned_end",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "planned_start",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "registered_capital_usd",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "registered_capital_vnd",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "registered_on",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "search_text",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "sector_code",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "updated_at",
                table: "projects");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:unaccent", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:unaccent", ",,");
        }
    }
}
