using Xunit;
using InvestAid.DbMigrator;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Respawn;

namespace InvestAid.TestBase;

/// <summary>
/// A database of its own for one test assembly: created and migrated once, reset with Respawn
/// (and re-seeded with roles and demo users) before each test that asks, dropped at the end.
/// </summary>
public sealed class TestDatabase : IAsyncLifetime
{
    private Respawner? _respawner;
    private ServiceProvider? _services;

    public string ConnectionString { get; private set; } = "";

    public IServiceProvider Services => _services ?? throw new InvalidOperationException("The test database is not initialised.");

    public async ValueTask InitializeAsync()
    {
        var assembly = System.Reflection.Assembly.GetEntryAssembly()?.GetName().Name ?? "tests";
        var prefix = "t_" + new string(assembly.Replace("InvestAid.", "").Where(char.IsAsciiLetterOrDigit).ToArray()).ToLowerInvariant();
        ConnectionString = await TestPostgres.CreateDatabaseAsync(prefix);
        var services = new ServiceCollection();
        DatabaseMigrator.AddMigratorServices(services, ConnectionString);
        _services = services.BuildServiceProvider();
        await SeedAsync();
    }

    /// <summary>Empties every table of the application schema, then seeds roles and demo users again.</summary>
    public async Task ResetAsync()
    {
        await using var conn = new NpgsqlConnection(ConnectionString);
        await conn.OpenAsync();
        _respawner ??= await Respawner.CreateAsync(conn, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            TablesToIgnore = ["__ef_migrations_history", "data_protection_keys"],
        });
        await _respawner.ResetAsync(conn);
        await SeedAsync();
    }

    // Tests make their own projects; the demo province would only get in their way.
    private Task SeedAsync() => Services.GetRequiredService<DatabaseMigrator>().RunAsync(withDemoData: true, seedDemoProjects: false);

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
        if (ConnectionString.Length > 0)
        {
            await TestPostgres.DropDatabaseAsync(ConnectionString);
        }
    }
}
