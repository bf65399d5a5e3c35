using InvestAid.Finance;
using InvestAid.Identity;
using InvestAid.Projects;
using InvestAid.TestBase;

namespace InvestAid.HttpApi.Finance;

/// <summary>Projects and rates for the finance tests, made through the API.</summary>
internal static class FinanceData
{
    public static async Task SeedUsdRatesAsync(HttpClient officer)
    {
        foreach (var (date, vnd) in new[] { (new DateOnly(2024, 6, 1), 25_400m), (new DateOnly(2025, 1, 2), 25_000m), (new DateOnly(2025, 7, 1), 26_000m) })
        {
            (await officer.PutJsonAsync("/api/v1/exchange-rates", new ExchangeRateInput("USD", date, vnd, 1m), null)).EnsureSuccessStatusCode();
        }
        (await officer.PutJsonAsync("/api/v1/exchange-rates", new ExchangeRateInput("EUR", new DateOnly(2025, 1, 2), 27_000m, 1.08m), null)).EnsureSuccessStatusCode();
    }

    public static async Task<ProjectDto> OdaAsync(HttpClient officer, Guid? ownerUserId = null)
    {
        var request = ProjectRequests.Oda("Dự án ODA tài chính " + ProjectRequests.UniqueWord()) with { OwnerUserId = ownerUserId };
        return await (await officer.PostJsonAsync("/api/v1/projects", request)).ReadAsync<ProjectDto>();
    }

    public static async Task<Guid> UserIdAsync(ApiFactory factory, string email)
    {
        var client = await factory.CreateClientAsAsync(email);
        return (await client.GetJsonAsync<CurrentUserDto>("/api/account/me")).Id;
    }

    /// <summary>A 2025 plan of 4,000,000 USD foreign funds (100 billion VND at 25,000), and 300,000 USD disbursed in February.</summary>
    public static async Task<ProjectDto> LaggingOdaAsync(HttpClient officer)
    {
        await SeedUsdRatesAsync(officer);
        var project = await OdaAsync(officer);
        (await officer.PostJsonAsync($"/api/v1/projects/{project.Id}/plans",
            new CapitalPlanInput(2025, new DateOnly(2025, 1, 15), null, "USD", 4_000_000m, 0m, null, null))).EnsureSuccessStatusCode();
        (await officer.PostJsonAsync($"/api/v1/projects/{project.Id}/disbursements",
            new DisbursementInput(new DateOnly(2025, 2, 10), 300_000m, "USD", DisbursementSource.Oda, "GN-01/2025"))).EnsureSuccessStatusCode();
        return project;
    }
}
