using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestAid.EntityFrameworkCore.Migrations
{
    /// <inheritdoc />
    public partial class CockpitSearchAndHistoryCleanup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_workflow_instances_business_key",
                table: "workflow_instances");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "last_run_at",
                table: "job_settings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "last_run_count",
                table: "job_settings",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "retention_days",
                table: "job_settings",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_workflow_receipts_instance_id",
                table: "workflow_receipts",
                column: "instance_id");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_instances_business_key",
                table: "workflow_instances",
                column: "business_key")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_workflow_instances_definition_key_definition_version_ended_",
                table: "workflow_instances",
                columns: new[] { "definition_key", "definition_version", "ended_at" },
                filter: "ended_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_instances_started_at",
                table: "workflow_instances",
                column: "started_at",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "ix_workflow_instances_status_started_at",
                table: "workflow_instances",
                columns: new[] { "status", "started_at" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "ix_workflow_instances_variables",
                table: "workflow_instances",
                column: "variables")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "jsonb_path_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_workflow_external_tasks_incidents",
                table: "workflow_external_tasks",
                column: "instance_id",
                filter: "retries = 0");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_workflow_receipts_instance_id",
                table: "workflow_receipts");

            migrationBuilder.DropIndex(
                name: "ix_workflow_instances_business_key",
                table: "workflow_instances");

            migrationBuilder.DropIndex(
                name: "ix_workflow_instances_definition_key_definition_version_ended_",
                table: "workflow_instances");

            migrationBuilder.DropIndex(
                name: "ix_workflow_instances_started_at",
                table: "workflow_instances");

            migrationBuilder.DropIndex(
                name: "ix_workflow_instances_status_started_at",
                table: "workflow_instances");

            migrationBuilder.DropIndex(
                name: "ix_workflow_instances_variables",
                table: "workflow_instances");

            migrationBuilder.DropIndex(
                name: "ix_workflow_external_tasks_incidents",
                table: "workflow_external_tasks");

            migrationBuilder.DropColumn(
                name: "last_run_at",
                table: "job_settings");

            migrationBuilder.DropColumn(
                name: "last_run_count",
                table: "job_settings");

            migrationBuilder.DropColumn(
                name: "retention_days",
                table: "job_settings");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_instances_business_key",
                table: "workflow_instances",
                column: "business_key");
        }
    }
}
