using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestAid.EntityFrameworkCore.Migrations
{
    /// <inheritdoc />
    public partial class WorkflowIncidents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "retries",
                table: "workflow_timer_jobs",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "retry_at",
                table: "workflow_timer_jobs",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "workflow_incidents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    definition_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    definition_version = table.Column<int>(type: "integer", nullable: false),
                    business_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    element_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    failed_element_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    job_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    details = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    resolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    resolved_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    resolution = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workflow_incidents", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_workflow_incidents_created_at",
                table: "workflow_incidents",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_incidents_open",
                table: "workflow_incidents",
                columns: new[] { "instance_id", "job_id" },
                unique: true,
                filter: "resolved_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "workflow_incidents");

            migrationBuilder.DropColumn(
                name: "retries",
                table: "workflow_timer_jobs");

            migrationBuilder.DropColumn(
                name: "retry_at",
                table: "workflow_timer_jobs");
        }
    }
}
