using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestAid.EntityFrameworkCore.Migrations
{
    /// <summary>
    /// The workflow store's write guard: a save's instance and receipt statements call it with the rows they touched,
    /// and anything but one aborts the save's transaction with SQLSTATE IA409 (a concurrency conflict).
    /// </summary>
    public partial class WorkflowWriteGuard : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION workflow_expect_one(touched bigint) RETURNS void LANGUAGE plpgsql AS $$
                BEGIN
                    IF touched <> 1 THEN
                        RAISE EXCEPTION 'workflow save refused: the instance moved on or the idempotency key was used'
                            USING ERRCODE = 'IA409';
                    END IF;
                END
                $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FUNCTION workflow_expect_one(bigint);");
        }
    }
}
