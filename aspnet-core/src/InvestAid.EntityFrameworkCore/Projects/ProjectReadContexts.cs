using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace InvestAid.EntityFrameworkCore.Projects;

/// <summary>
/// Contexts for the API's most frequent read, the project detail: a pool of their own that only ever runs the
/// compiled detail query (a SELECT by id, which cannot fail on its input), with server-side prepared statements and
/// no change tracking. Writes never use it.
/// </summary>
public sealed class ProjectReadContexts(string connectionString)
{
    private readonly PooledDbContextFactory<InvestAidDbContext> factory = new(Options(connectionString));

    public InvestAidDbContext Create() => factory.CreateDbContext();

    private static DbContextOptions<InvestAidDbContext> Options(string connectionString)
    {
        var options = new DbContextOptionsBuilder<InvestAidDbContext>();
        options.UseInvestAidPostgres(InvestAidDbContextOptions.WithAutoPrepare(connectionString))
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
        return options.Options;
    }
}
