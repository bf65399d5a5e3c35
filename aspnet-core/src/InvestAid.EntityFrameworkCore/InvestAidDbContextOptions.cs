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
}
