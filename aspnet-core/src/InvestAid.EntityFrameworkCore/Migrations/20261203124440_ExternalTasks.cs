using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestAid.EntityFrameworkCore.Migrations
{
    /// <inheritdoc />
    public partial class ExternalTasks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "workflow_external_tasks",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    element_id = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    topic = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    business_key = table.Column<string>(type: "text", nullable: true),
                    definition_key = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    definition_version = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    worker_id = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    lock_expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    retries = table.Column<int>(type: "integer", nullable: true),
                    error_message = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    error_details = table.Column<string>(type: "text", nullable: true),
                    priority = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workflow_external_tasks", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_workflow_external_tasks_instance_id",
                table: "workflow_external_tasks",
                column: "instance_id");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_external_tasks_topic_priority_created_at",
                table: "workflow_external_tasks",
                columns: new[] { "topic", "priority", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "workflow_external_tasks");
        }
    }
}
