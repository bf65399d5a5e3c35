using InvestAid.DbMigrator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// Usage: InvestAid.DbMigrator [--demo]
// Reads the connection string from ConnectionStrings__Default.
var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Default");
if (string.IsNullOrWhiteSpace(connectionString))
{
    Console.Error.WriteLine("ConnectionStrings__Default is not set.");
    return 2;
}

var services = new ServiceCollection();
DatabaseMigrator.AddMigratorServices(services, connectionString);
services.AddLogging(b => b.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; })
    .AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning));
await using var provider = services.BuildServiceProvider();
await provider.GetRequiredService<DatabaseMigrator>().RunAsync(withDemoData: args.Contains("--demo"));
return 0;
