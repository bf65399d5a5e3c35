using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestAid.EntityFrameworkCore.Migrations
{
    /// <inheritdoc />
    public partial class StartTimerFailures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "failures",
                table: "workflow_start_timers",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "incident_id",
                table: "workflow_start_timers",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "last_error",
                table: "workflow_start_timers",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "retry_at",
                table: "workflow_start_timers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "instance_id",
                table: "workflow_incidents",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "failures",
                table: "workflow_start_timers");

            migrationBuilder.DropColumn(
                name: "incident_id",
                table: "workflow_start_timers");

            migrationBuilder.DropColumn(
                name: "last_error",
                table: "workflow_start_timers");

            migrationBuilder.DropColumn(
                name: "retry_at",
                table: "workflow_start_timers");

            migrationBuilder.AlterColumn<Guid>(
                name: "instance_id",
                table: "workflow_incidents",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);
        }
    }
}
