using InvestAid.EntityFrameworkCore;
using InvestAid.EntityFrameworkCore.Workflows;
using InvestAid.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InvestAid.DbMigrator;

/// <summary>Applies the EF Core migrations, then seeds reference data and, on request, demo data. Safe to run again.</summary>
public sealed class DatabaseMigrator(IServiceProvider services, ILogger<DatabaseMigrator> logger)
{
    public async Task RunAsync(bool withDemoData, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InvestAidDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        logger.LogInformation("Applying {Count} migration(s)", pending.Count);
        await db.Database.MigrateAsync(cancellationToken);

        var identity = scope.ServiceProvider.GetRequiredService<IdentitySeeder>();
        await identity.SeedRolesAsync();
        await scope.ServiceProvider.GetRequiredService<CalendarSeeder>().SeedAsync(cancellationToken);
        if (withDemoData)
        {
            await identity.SeedDemoUsersAsync(DemoUsers.Password());
        }
        logger.LogInformation("Database ready (demo data: {Demo})", withDemoData);
    }

    /// <summary>The services the migrator needs, for the console and for the test fixture.</summary>
    public static IServiceCollection AddMigratorServices(IServiceCollection services, string connectionString)
    {
        services.AddLogging();
        services.AddDbContext<InvestAidDbContext>(o => o.UseInvestAidPostgres(connectionString));
        services.AddIdentityCore<AppUser>(o => o.User.RequireUniqueEmail = true)
            .AddRoles<AppRole>()
            .AddEntityFrameworkStores<InvestAidDbContext>();
        services.AddInvestAidApplication();
        services.AddInvestAidWorkflowPersistence(connectionString);
        services.AddSingleton<DatabaseMigrator>();
        return services;
    }
}
