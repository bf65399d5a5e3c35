using InvestAid.CapitalContributions;
using InvestAid.Common;
using InvestAid.Demo;
using InvestAid.Finance;
using InvestAid.Identity;
using InvestAid.Projects;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace InvestAid.Seeding;

/// <summary>
/// The believable demo province: FDI projects with their ledgers, ODA and NGO projects, capital
/// contributions. Seeded once, into an empty registry; the code counters are moved past its codes.
/// </summary>
public sealed class DemoDataSeeder(
    IProjectRepository projects,
    ICapitalContributionRepository contributions,
    IFinanceRepository finance,
    UserManager<AppUser> users,
    IUnitOfWork unitOfWork,
    TimeProvider clock,
    ILogger<DemoDataSeeder> logger)
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await projects.AnyAsync(ct))
        {
            logger.LogInformation("Demo data: the registry already has projects; nothing added");
            return;
        }
        var now = clock.GetUtcNow();
        var data = DemoDataFactory.Create(now);
        var owner = await users.FindByEmailAsync("owner@investaid.local");
        foreach (var project in data.Projects)
        {
            if (owner is not null && project.Kind is ProjectKind.Oda or ProjectKind.ConcessionalLoan)
            {
                project.AssignOwner(owner.Id, now);
            }
            projects.Add(project);
        }
        foreach (var contribution in data.Contributions)
        {
            contributions.Add(contribution);
        }
        foreach (var record in data.Finance)
        {
            finance.Add(record);
        }
        foreach (var series in data.Projects
                     .Select(p => p.Code.Split('-'))
                     .Where(parts => parts.Length == 3)
                     .GroupBy(parts => (parts[0], int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture))))
        {
            var highest = series.Max(parts => int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
            await projects.NextNumberAsync(series.Key.Item1, series.Key.Item2, ct, highest);
        }
        await unitOfWork.SaveChangesAsync(ct);
        logger.LogInformation("Demo data: {Projects} projects, {Contributions} capital contributions and {Finance} plans, disbursements and receipts added",
            data.Projects.Count, data.Contributions.Count, data.Finance.Count);
    }
}
