using InvestAid.EntityFrameworkCore;
using InvestAid.EntityFrameworkCore.Workflows;
using InvestAid.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace InvestAid.DbMigrator;

/// <summary>Applies the EF Core migrations, then seeds reference data and, on request, demo data. Safe to run again.</summary>
public sealed class DatabaseMigrator(IServiceProvider services, ILogger<DatabaseMigrator> logger)
{
    /// <param name="withDemoData">Demo sign-ins (and, with <paramref name="seedDemoProjects"/>, the demo province's projects).</param>
    public async Task RunAsync(bool withDemoData, CancellationToken cancellationToken = default, bool seedDemoProjects = true)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InvestAidDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        logger.LogInformation("Applying {Count} migration(s)", pending.Count);
        await db.Database.MigrateAsync(cancellationToken);

        var identity = scope.ServiceProvider.GetRequiredService<IdentitySeeder>();
        await identity.SeedRolesAsync();
        await scope.ServiceProvider.GetRequiredService<GroupAdminService>().SeedRoleGroupsAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<InvestAid.Seeding.ReferenceDataSeeder>().SeedAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<CalendarSeeder>().SeedAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<InvestAid.Legal.LegalSeeder>().SeedAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<InvestAid.Procedures.ProcedureSeeder>().SeedAsync(cancellationToken);
        if (withDemoData)
        {
            await identity.SeedDemoUsersAsync(DemoUsers.Password());
            if (seedDemoProjects)
            {
                await scope.ServiceProvider.GetRequiredService<InvestAid.Seeding.DemoDataSeeder>().SeedAsync(cancellationToken);
                await scope.ServiceProvider.GetRequiredService<InvestAid.Seeding.DemoValidationSeeder>().SeedAsync(cancellationToken);
                await scope.ServiceProvider.GetRequiredService<InvestAid.Seeding.DemoProcedureSeeder>().SeedAsync(cancellationToken);
            }
        }
        logger.LogInformation("Database ready (demo data: {Demo})", withDemoData);
    }

    /// <summary>The services the migrator needs, for the console and for the test fixture.</summary>
    public static IServiceCollection AddMigratorServices(IServiceCollection services, string connectionString)
    {
        services.AddLogging();
        services.AddInvestAidEntityFrameworkCore(connectionString);
        services.AddScoped<InvestAid.Common.ICurrentUser, SystemUser>();
        services.AddIdentityCore<AppUser>(o => o.User.RequireUniqueEmail = true)
            .AddRoles<AppRole>()
            .AddEntityFrameworkStores<InvestAidDbContext>();
        services.AddInvestAidApplication();
        services.AddInvestAidWorkflowPersistence(connectionString);
        // No job server here: the timers of demo procedures are fired by the host's sweep once it runs.
        services.TryAddSingleton<InvestAid.Workflows.IWorkflowEffectHandler, InvestAid.Workflows.DeferredWorkflowEffectHandler>();
        services.AddSingleton<DatabaseMigrator>();
        return services;
    }
}
