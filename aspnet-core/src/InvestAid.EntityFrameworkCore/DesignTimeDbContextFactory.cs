using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace InvestAid.EntityFrameworkCore;

/// <summary>Used by <c>dotnet ef migrations add</c>; no server is contacted to create a migration.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<InvestAidDbContext>
{
    public InvestAidDbContext CreateDbContext(string[] args)
    {
        var cs = Environment.GetEnvironmentVariable("ConnectionStrings__Default")
                 ?? "Host=localhost;Database=investaid_design;Username=postgres";
        var options = new DbContextOptionsBuilder<InvestAidDbContext>();
        options.UseInvestAidPostgres(cs);
        return new InvestAidDbContext(options.Options);
    }
}
