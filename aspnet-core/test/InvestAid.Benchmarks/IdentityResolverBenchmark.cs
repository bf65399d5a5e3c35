using System.Diagnostics;
using System.Globalization;
using InvestAid.DbMigrator;
using InvestAid.Identity;
using InvestAid.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace InvestAid.Benchmarks;

/// <summary>
/// The identity index a request needs to resolve a task's candidates, on an existing database: built from a full load of users,
/// groups and mappings (what every request did before the version stamp) against the resolver (one read of the stamp, the
/// index this process built while the stamp is unchanged). Each request in a scope of its own, sequential. Not a test.
/// Run: <c>dotnet InvestAid.Benchmarks.dll identity "Host=…;Database=…" [requests]</c>.
/// </summary>
public static class IdentityResolverBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var cs = args.Length > 0 ? args[0] : throw new ArgumentException("the connection string of a migrated database is required");
        var requests = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 500;
        var services = new ServiceCollection();
        DatabaseMigrator.AddMigratorServices(services, cs);
        await using var provider = services.BuildServiceProvider();
        var actor = new Actor("officer@investaid.local", ["officer"]);

        async Task<string> Measure(string label, Func<IServiceProvider, Task> request)
        {
            for (var i = 0; i < 50; i++)
            {
                await using var warm = provider.CreateAsyncScope();
                await request(warm.ServiceProvider);
            }
            var times = new List<double>();
            for (var i = 0; i < requests; i++)
            {
                await using var scope = provider.CreateAsyncScope();
                var watch = Stopwatch.StartNew();
                await request(scope.ServiceProvider);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            return string.Create(CultureInfo.InvariantCulture,
                $"| {label} | {times.Average():F2} | {times[times.Count / 2]:F2} | {times[(int)(times.Count * 0.95)]:F2} |");
        }

        await using (var scope = provider.CreateAsyncScope())
        {
            var snapshot = await scope.ServiceProvider.GetRequiredService<IIdentityDirectory>().LoadAsync(CancellationToken.None);
            Console.WriteLine($"{snapshot.Users.Count} users, {snapshot.Groups.Count} groups, {snapshot.Mappings.Count} identity mappings; {requests} requests each, sequential");
        }
        Console.WriteLine("| per request | mean ms | p50 ms | p95 ms |");
        Console.WriteLine("|---|---|---|---|");
        Console.WriteLine(await Measure("full load + index (before)", async sp =>
        {
            var index = new IdentityIndex(await sp.GetRequiredService<IIdentityDirectory>().LoadAsync(CancellationToken.None));
            _ = index.IdentitiesOf(actor).For(actor, "ngo-aid-approval");
        }));
        Console.WriteLine(await Measure("stamp + cached index (after)", async sp =>
        {
            _ = await sp.GetRequiredService<IdentityResolver>().ForDefinitionAsync(actor, "ngo-aid-approval", CancellationToken.None);
        }));
    }
}
