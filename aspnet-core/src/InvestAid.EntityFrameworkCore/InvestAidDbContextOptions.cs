using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore;

public static class InvestAidDbContextOptions
{
    /// <summary>The one place the provider is configured: Npgsql, snake_case names, retry on transient faults.</summary>
    public static DbContextOptionsBuilder UseInvestAidPostgres(this DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql
                .MigrationsHistoryTable("__ef_migrations_history")
                .EnableRetryOnFailure(3))
            .UseSnakeCaseNamingConvention();

    /// <summary>
    /// A connection string whose statements Npgsql prepares on the server after a few uses (parse and plan once per
    /// connection). Used only for pools that run a small fixed set of statements: the read-only project pool
    /// (<see cref="Projects.ProjectReadContexts"/>) and the workflow store. Not for the general pool: with its
    /// varied statements and failing writes, auto-preparation hit an Npgsql protocol error ("unexpected backend
    /// message DataRow") in the security probe suite, cf. npgsql/npgsql#6391.
    /// </summary>
    public static string WithAutoPrepare(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0 && !connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 128;
            builder.AutoPrepareMinUsages = 3;
        }

        return builder.ConnectionString;
    }
}
