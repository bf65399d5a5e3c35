using System.Net;
using AwesomeAssertions;
using InvestAid.Errors;
using InvestAid.Finance;
using InvestAid.HttpApi.Finance;
using InvestAid.Projects;
using InvestAid.TestBase;
using Npgsql;

namespace InvestAid.HttpApi.Validation;

/// <summary>The compare view: what a project's record and ledger said at the end of two days, rebuilt from its history.</summary>
public sealed class ProjectComparisonTests(ApiFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static DateOnly TodayInVietnam => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    /// <summary>The history is append-only and written at the time of each change: an earlier past is added as rows dated then.</summary>
    private async Task AddHistoryAsync(Guid projectId, string action, DateTimeOffset at, string after)
    {
        await using var conn = new NpgsqlConnection(factory.Database.ConnectionString);
        await conn.OpenAsync(Ct);
        await using var cmd = new NpgsqlCommand(
            "INSERT INTO audit_entries (id, entity_type, entity_id, action, user_name, at, after, summary) VALUES ($1, 'project', $2, $3, 'officer@investaid.local', $4, $5::jsonb, 'earlier')", conn);
        cmd.Parameters.AddWithValue(Guid.CreateVersion7());
        cmd.Parameters.AddWithValue(projectId);
        cmd.Parameters.AddWithValue(action);
        cmd.Parameters.AddWithValue(at.ToUniversalTime());
        cmd.Parameters.AddWithValue(after);
        await cmd.ExecuteNonQueryAsync(Ct);
    }

    [Fact]
    public async Task Two_days_show_the_record_and_the_ledger_as_they_stood_then_and_now_in_the_readers_language()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        await FinanceData.SeedUsdRatesAsync(officer);
        var project = await FinanceData.OdaAsync(officer);
        var tenDaysAgo = DateTimeOffset.UtcNow.AddDays(-10);
        await AddHistoryAsync(project.Id, "created", tenDaysAgo, """{"nameVi": "Tên cũ của dự án", "status": "Approved"}""");
        await AddHistoryAsync(project.Id, "disbursement-recorded", tenDaysAgo.AddHours(1), """{"date": "2025-01-10", "amountVnd": 1000000000, "currency": "VND"}""");
        (await officer.PostJsonAsync($"/api/v1/projects/{project.Id}/disbursements",
            new DisbursementInput(new DateOnly(2025, 3, 5), 120_000m, "USD", DisbursementSource.Oda, "GN-SS/2025"))).EnsureSuccessStatusCode();

        var from = TodayInVietnam.AddDays(-5).ToString("yyyy-MM-dd");
        var to = TodayInVietnam.ToString("yyyy-MM-dd");
        var vi = await officer.GetJsonAsync<ProjectComparisonDto>($"/api/v1/projects/{project.Id}/compare?from={from}&to={to}");

        var name = vi.Fields.Single(f => f.Field == "nameVi");
        (name.From, name.To, name.Changed, name.LabelVi).Should().Be(("Tên cũ của dự án", project.NameVi, true, "Tên dự án (tiếng Việt)"));
        vi.Fields.Single(f => f.Field == "status").From.Should().Be("Đã phê duyệt", "a status reads by name");
        var disbursed = vi.Ledger.Single(l => l.Kind == "disbursement");
        (disbursed.EntriesFrom, disbursed.EntriesTo, disbursed.TotalFrom, disbursed.TotalTo, disbursed.Changed)
            .Should().Be((1, 2, "1.000.000.000 VND", "4.000.000.000 VND", true));
        vi.ChangesBetween.Should().BeGreaterThanOrEqualTo(2);

        var early = await officer.GetJsonAsync<ProjectComparisonDto>(
            $"/api/v1/projects/{project.Id}/compare?from={TodayInVietnam.AddDays(-30):yyyy-MM-dd}&to={from}");
        early.Fields.Single(f => f.Field == "nameVi").Should().Match<ComparedFieldDto>(f => f.From == null && f.To == "Tên cũ của dự án");

        using var english = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/projects/{project.Id}/compare?from={from}&to={to}");
        english.Headers.AcceptLanguage.ParseAdd("en");
        var en = await (await officer.SendAsync(english, Ct)).ReadAsync<ProjectComparisonDto>();
        en.Ledger.Single(l => l.Kind == "disbursement").TotalTo.Should().Be("4,000,000,000 VND");
        en.Fields.Single(f => f.Field == "status").From.Should().Be("Approved");
    }

    [Fact]
    public async Task Days_left_out_compare_the_last_year_up_to_today()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var project = await FinanceData.OdaAsync(officer);
        var whole = await officer.GetJsonAsync<ProjectComparisonDto>($"/api/v1/projects/{project.Id}/compare");
        (whole.From, whole.To).Should().Be((TodayInVietnam.AddYears(-1), TodayInVietnam));
        var upTo = await officer.GetJsonAsync<ProjectComparisonDto>($"/api/v1/projects/{project.Id}/compare?to=2026-06-30");
        (upTo.From, upTo.To).Should().Be((new DateOnly(2025, 6, 30), new DateOnly(2026, 6, 30)));
    }

    [Theory]
    [InlineData("from=2025-13-01&to=2025-12-31", "from")]
    [InlineData("from=31/12/2025&to=2025-12-31", "from")]
    [InlineData("from=2025-02-30&to=2025-12-31", "from")]
    [InlineData("from=2025-12-31&to=2025-01-01", "to")]
    [InlineData("from=2025-01-01&to=2999-01-01", "to")]
    public async Task A_bad_day_is_400_naming_the_field(string query, string field)
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var project = await FinanceData.OdaAsync(officer);
        var response = await officer.GetAsync($"/api/v1/projects/{project.Id}/compare?{query}", Ct);
        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed)).GetProperty("errors").TryGetProperty(field, out _)
            .Should().BeTrue();
    }

    [Fact]
    public async Task A_project_out_of_the_users_scope_is_not_found_whatever_the_days()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var owner = await factory.CreateClientAsAsync("owner@investaid.local");
        var project = await FinanceData.OdaAsync(officer);
        (await owner.GetAsync($"/api/v1/projects/{project.Id}/compare?from=2025-01-01&to=2025-02-01", Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await owner.GetAsync($"/api/v1/projects/{project.Id}/compare?from=bad", Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
