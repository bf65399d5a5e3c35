using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestAid.EntityFrameworkCore.Migrations
{
    /// <inheritdoc />
    public partial class ProjectListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string[]>(
                name: "investor_country_codes",
                table: "projects",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]");

            // The countries of the investors already registered (the application keeps them in step from now on).
            migrationBuilder.Sql("""
                UPDATE projects p SET investor_country_codes = x.codes
                FROM (SELECT project_id, array_agg(DISTINCT country_code ORDER BY country_code) AS codes
                      FROM project_investors GROUP BY project_id) x
                WHERE x.project_id = p.id
                """);

            migrationBuilder.CreateIndex(
                name: "ix_projects_investor_country_codes",
                table: "projects",
                column: "investor_country_codes")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_projects_name_vi",
                table: "projects",
                column: "name_vi");

            migrationBuilder.CreateIndex(
                name: "ix_projects_registered_capital_usd",
                table: "projects",
                column: "registered_capital_usd");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_projects_investor_country_codes",
                table: "projects");

            migrationBuilder.DropIndex(
                name: "ix_projects_name_vi",
                table: "projects");

            migrationBuilder.DropIndex(
                name: "ix_projects_registered_capital_usd",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "investor_country_codes",
                table: "projects");
        }
    }
}
