using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace InvestAid.EntityFrameworkCore.Migrations
{
    /// <inheritdoc />
    public partial class ProposalSettingsPerKind : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "proposal_settings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    second_person = table.Column<bool>(type: "boolean", nullable: false),
                    auto_accept_after_working_days = table.Column<int>(type: "integer", nullable: true),
                    in_digest = table.Column<bool>(type: "boolean", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    updated_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_proposal_settings", x => x.id);
                });

            migrationBuilder.InsertData(
                table: "proposal_settings",
                columns: new[] { "id", "auto_accept_after_working_days", "in_digest", "kind", "second_person", "updated_at", "updated_by", "updated_by_id" },
                values: new object[,]
                {
                    { new Guid("0193a5c0-0000-7000-8000-000000000181"), null, true, "project-data", false, null, null, null },
                    { new Guid("0193a5c0-0000-7000-8000-000000000182"), null, true, "disbursement", false, null, null, null },
                    { new Guid("0193a5c0-0000-7000-8000-000000000183"), null, true, "implemented-capital", false, null, null, null }
                });

            migrationBuilder.CreateIndex(
                name: "ix_proposal_settings_kind",
                table: "proposal_settings",
                column: "kind",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "proposal_settings");
        }
    }
}
