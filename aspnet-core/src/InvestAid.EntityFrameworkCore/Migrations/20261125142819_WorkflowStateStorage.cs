using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestAid.EntityFrameworkCore.Migrations
{
    /// <summary>
    /// The instance document is written by every workflow command. Rows up to a page stay uncompressed and inline
    /// (no TOAST work on each save), and larger documents compress with lz4 where the server has it (much cheaper
    /// than the default pglz). Measured with the workflow-throughput benchmark: see docs/performance.md.
    /// </summary>
    public partial class WorkflowStateStorage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE workflow_instances SET (toast_tuple_target = 8160);
                DO $$
                BEGIN
                    IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
                        ALTER TABLE workflow_instances ALTER COLUMN state SET COMPRESSION lz4;
                    END IF;
                END
                $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE workflow_instances RESET (toast_tuple_target);
                ALTER TABLE workflow_instances ALTER COLUMN state SET COMPRESSION DEFAULT;
                """);
        }
    }
}
