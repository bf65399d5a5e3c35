using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestAid.EntityFrameworkCore.Migrations
{
    /// <inheritdoc />
    public partial class ProjectSectorCoveringIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_projects_sector_code",
                table: "projects");

            migrationBuilder.CreateIndex(
                name: "ix_projects_sector_code_registered_on",
                table: "projects",
                columns: new[] { "sector_code", "registered_on" })
                .Annotation("Npgsql:IndexInclude", new[] { "updated_at", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_projects_sector_code_registered_on",
                table: "projects");

            migrationBuilder.CreateIndex(
                name: "ix_projects_sector_code",
                table: "projects",
                column: "sector_code");
        }
    }
}
