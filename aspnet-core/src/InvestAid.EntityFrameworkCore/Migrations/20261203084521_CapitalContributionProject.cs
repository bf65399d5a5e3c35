using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestAid.EntityFrameworkCore.Migrations
{
    /// <inheritdoc />
    public partial class CapitalContributionProject : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "project_id",
                table: "capital_contributions",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_capital_contributions_project_id",
                table: "capital_contributions",
                column: "project_id");

            migrationBuilder.AddForeignKey(
                name: "fk_capital_contributions_projects_project_id",
                table: "capital_contributions",
                column: "project_id",
                principalTable: "projects",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_capital_contributions_projects_project_id",
                table: "capital_contributions");

            migrationBuilder.DropIndex(
                name: "ix_capital_contributions_project_id",
                table: "capital_contributions");

            migrationBuilder.DropColumn(
                name: "project_id",
                table: "capital_contributions");
        }
    }
}
