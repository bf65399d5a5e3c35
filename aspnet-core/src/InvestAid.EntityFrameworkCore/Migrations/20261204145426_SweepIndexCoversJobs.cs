using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestAid.EntityFrameworkCore.Migrations
{
    /// <inheritdoc />
    public partial class SweepIndexCoversJobs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_workflow_bookmarks_due_at",
                table: "workflow_bookmarks");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_bookmarks_due_at",
                table: "workflow_bookmarks",
                column: "due_at",
                filter: "kind IN ('Timer', 'Job')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_workflow_bookmarks_due_at",
                table: "workflow_bookmarks");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_bookmarks_due_at",
                table: "workflow_bookmarks",
                column: "due_at",
                filter: "kind = 'Timer'");
        }
    }
}
