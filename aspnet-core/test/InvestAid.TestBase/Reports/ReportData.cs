using InvestAid.CapitalContributions;
using InvestAid.EntityFrameworkCore;
using InvestAid.Projects;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace InvestAid.TestBase.Reports;

/// <summary>Builds registry data for report tests through the domain and stores it directly, without the API's round trips.</summary>
public static class ReportData
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static int _counter;

    /// <summary>An FDI project with its new registration on <paramref name="registeredOn"/>.</summary>
    public static Project Fdi(DateOnly registeredOn, decimal usd, string? country = "KR", string? sector = "26", string? commune = "33004",
        string? zone = null, ProjectKind kind = ProjectKind.Fdi)
    {
        var n = Interlocked.Increment(ref _counter);
        var project = new Project($"FDI-T-{n:D6}", kind, new ProjectProfile
        {
            NameVi = $"Dự án báo cáo {n}",
            SectorCode = sector,
            CommuneCode = commune,
            IndustrialZoneCode = zone,
            Investors = country is null ? [] : [new Investor("Investor " + n, country)],
        }, Now);
        project.Record(CapitalEventType.NewRegistration, registeredOn, usd);
        return project;
    }

    public static CapitalEvent Record(this Project project, CapitalEventType type, DateOnly on, decimal usd, Guid? corrects = null) =>
        project.RecordCapitalEvent(type, on, usd, usd * 25_000m, null, null, corrects, Now, "test");

    public static CapitalContribution Contribution(DateOnly on, decimal usd, string country = "KR", string? sector = "26", string? commune = "33004",
        Guid? project = null) =>
        new(new CapitalContributionData("Buyer", country, "Công ty mục tiêu", null, usd, null, on, sector, commune, null, null, project), Now);

    /// <summary>Empties the registry and the published reports (TRUNCATE bypasses the ledger's row-level append-only trigger).</summary>
    public static async Task ClearAsync(TestDatabase database)
    {
        await using var conn = new NpgsqlConnection(database.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(
            "TRUNCATE capital_events, project_investors, project_status_changes, projects, capital_contributions, fdi_report_snapshots, audit_entries CASCADE", conn);
        await cmd.ExecuteNonQueryAsync();
    }

    public static async Task SaveAsync(TestDatabase database, IEnumerable<Project> projects, IEnumerable<CapitalContribution>? contributions = null)
    {
        await using var scope = database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InvestAidDbContext>();
        db.Projects.AddRange(projects);
        db.CapitalContributions.AddRange(contributions ?? []);
        await db.SaveChangesAsync();
    }
}

/// <summary>A host over a database of its own, for test classes that read province-wide figures and must not see other classes' data.</summary>
public sealed class IsolatedApiFactory : ApiFactory;
