using System.Net;
using AwesomeAssertions;
using InvestAid.Common;
using InvestAid.Errors;
using InvestAid.Finance;
using InvestAid.Projects;
using InvestAid.TestBase;

namespace InvestAid.HttpApi.Finance;

public sealed class FinanceApiTests(ApiFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_disbursement_without_a_rate_takes_the_rate_on_or_before_its_date_and_keeps_the_original_currency()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        await FinanceData.SeedUsdRatesAsync(officer);
        var project = await FinanceData.OdaAsync(officer);

        var june = await (await officer.PostJsonAsync($"/api/v1/projects/{project.Id}/disbursements",
            new DisbursementInput(new DateOnly(2025, 6, 30), 1_000m, "USD", DisbursementSource.Oda, null))).ReadAsync<DisbursementDto>();
        june.RateToVnd.Should().Be(25_000m, "the rate of 2 January 2025 is the latest on or before 30 June");
        june.RateDate.Should().Be(new DateOnly(2025, 1, 2));
        june.AmountVnd.Should().Be(25_000_000m);
        var july = await (await officer.PostJsonAsync($"/api/v1/projects/{project.Id}/disbursements",
            new DisbursementInput(new DateOnly(2025, 7, 1), 1_000m, "USD", DisbursementSource.Oda, null))).ReadAsync<DisbursementDto>();
        july.RateToVnd.Should().Be(26_000m, "a rate dated on the day itself counts");
        var eur = await (await officer.PostJsonAsync($"/api/v1/projects/{project.Id}/disbursements",
            new DisbursementInput(new DateOnly(2025, 3, 1), 1_000m, "EUR", DisbursementSource.Counterpart, "VĐƯ-01"))).ReadAsync<DisbursementDto>();
        (eur.Amount, eur.Currency, eur.AmountVnd, eur.AmountUsd).Should().Be((1_000m, "EUR", 27_000_000m, 1_080m));
        var given = await (await officer.PostJsonAsync($"/api/v1/projects/{project.Id}/disbursements",
            new DisbursementInput(new DateOnly(2025, 3, 1), 10m, "USD", DisbursementSource.Oda, null, 25_123.5m, 1m, new DateOnly(2025, 2, 28)))).ReadAsync<DisbursementDto>();
        (given.RateToVnd, given.RateDate, given.AmountVnd).Should().Be((25_123.5m, new DateOnly(2025, 2, 28), 251_235m));

        var rates = await officer.GetJsonAsync<PagedResult<ExchangeRateDto>>("/api/v1/exchange-rates?currency=USD&on=2025-06-30");
        rates.Items.Should().ContainSingle().Which.RateToVnd.Should().Be(25_000m);
    }

    [Fact]
    public async Task The_finance_summary_shows_the_plan_in_force_by_month_the_cumulative_disbursement_and_the_rate()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var project = await FinanceData.LaggingOdaAsync(officer);
        (await officer.PostJsonAsync($"/api/v1/projects/{project.Id}/plans",
            new CapitalPlanInput(2025, new DateOnly(2025, 7, 15), "Điều chỉnh giảm theo Quyết định 1234/QĐ-UBND", "USD", 2_000_000m, 0m, 50_000_000_000m, 0m))).EnsureSuccessStatusCode();
        (await officer.PostJsonAsync($"/api/v1/projects/{project.Id}/plans",
            new CapitalPlanInput(2025, new DateOnly(2025, 8, 1), null, "USD", 1m, 0m, null, null)))
            .StatusCode.Should().Be(HttpStatusCode.BadRequest, "a revision needs a reason");

        var summary = await officer.GetJsonAsync<FinanceSummaryDto>($"/api/v1/projects/{project.Id}/finance?year=2025");
        summary.PlanRevisions.Select(r => r.Revision).Should().Equal(0, 1);
        summary.Months[5].PlanVnd.Should().Be(100_000_000_000m, "in June the first plan was in force");
        summary.Months[6].PlanVnd.Should().Be(50_000_000_000m, "from 15 July the revision is");
        summary.Months[0].CumulativeVnd.Should().Be(0m);
        summary.Months[1].DisbursedVnd.Should().Be(7_500_000_000m);
        summary.Months[11].CumulativeVnd.Should().Be(7_500_000_000m);
        summary.PlanVnd.Should().Be(50_000_000_000m);
        summary.DisbursementRate.Should().Be(0.15m);

        var donors = await officer.GetJsonAsync<List<DonorDisbursementRateDto>>("/api/v1/finance/disbursement-rates?year=2025");
        donors.Should().Contain(d => d.DonorCode == "WB" && d.DisbursedVnd >= 7_500_000_000m);
    }

    [Theory]
    [InlineData("currency", "XYZ", 100, "2025-02-10", "Oda")]
    [InlineData("amount", "USD", -5, "2025-02-10", "Oda")]
    [InlineData("date", "USD", 100, "2024-06-19", "Oda")]
    [InlineData("source", "USD", 100, "2025-02-10", "Loan")]
    public async Task A_bad_disbursement_is_a_400_naming_the_field_and_writes_nothing(string field, string currency, decimal amount, string date, string source)
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        await FinanceData.SeedUsdRatesAsync(officer);
        var project = await FinanceData.OdaAsync(officer);
        var response = await officer.PostJsonAsync($"/api/v1/projects/{project.Id}/disbursements",
            new DisbursementInput(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), amount, currency, Enum.Parse<DisbursementSource>(source), null));
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        problem.GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue(problem.ToString());
        (await officer.GetJsonAsync<List<DisbursementDto>>($"/api/v1/projects/{project.Id}/disbursements")).Should().BeEmpty();
    }

    [Fact]
    public async Task A_plan_for_a_year_outside_the_project_period_or_without_a_known_rate_is_a_400()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        await FinanceData.SeedUsdRatesAsync(officer);
        var project = await FinanceData.OdaAsync(officer);
        var outside = await officer.PostJsonAsync($"/api/v1/projects/{project.Id}/plans",
            new CapitalPlanInput(2031, new DateOnly(2031, 1, 10), null, "USD", 1_000m, 0m, null, null));
        (await outside.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed)).GetProperty("errors").TryGetProperty("year", out _).Should().BeTrue();
        var noRate = await officer.PostJsonAsync($"/api/v1/projects/{project.Id}/disbursements",
            new DisbursementInput(new DateOnly(2025, 3, 1), 1_000m, "JPY", DisbursementSource.Oda, null));
        (await noRate.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed)).GetProperty("errors").TryGetProperty("currency", out _).Should().BeTrue();
        (await officer.GetJsonAsync<List<CapitalPlanDto>>($"/api/v1/projects/{project.Id}/plans")).Should().BeEmpty();
    }

    [Fact]
    public async Task Viewers_read_but_cannot_write_and_owners_write_only_on_their_own_projects()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var owner = await factory.CreateClientAsAsync("owner@investaid.local");
        var viewer = await factory.CreateClientAsAsync("viewer@investaid.local");
        await FinanceData.SeedUsdRatesAsync(officer);
        var own = await FinanceData.OdaAsync(officer, await FinanceData.UserIdAsync(factory, "owner@investaid.local"));
        var other = await FinanceData.OdaAsync(officer);
        var input = new DisbursementInput(new DateOnly(2025, 2, 1), 100m, "USD", DisbursementSource.Oda, null);

        (await viewer.PostJsonAsync($"/api/v1/projects/{own.Id}/disbursements", input)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await viewer.GetAsync($"/api/v1/projects/{own.Id}/finance?year=2025", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await owner.PostJsonAsync($"/api/v1/projects/{own.Id}/disbursements", input)).StatusCode.Should().Be(HttpStatusCode.Accepted, "an owner's row waits as a proposal");
        (await owner.PostJsonAsync($"/api/v1/projects/{other.Id}/disbursements", input)).StatusCode.Should().Be(HttpStatusCode.Forbidden,
            "a proposal on a project the owner does not own is refused");
        (await owner.PutJsonAsync("/api/v1/exchange-rates", new ExchangeRateInput("USD", new DateOnly(2025, 1, 3), 1m, 1m), null))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Ngo_receipts_and_fdi_implemented_capital_are_recorded_against_their_own_kind_only()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        await FinanceData.SeedUsdRatesAsync(officer);
        var ngo = await (await officer.PostJsonAsync("/api/v1/projects", ProjectRequests.Ngo("Viện trợ " + ProjectRequests.UniqueWord()))).ReadAsync<ProjectDto>();
        (await officer.PostJsonAsync($"/api/v1/projects/{ngo.Id}/receipts/schedule", new ExpectedReceiptInput(new DateOnly(2025, 9, 30), 50_000m, "USD", "Đợt 1")))
            .EnsureSuccessStatusCode();
        (await officer.PostJsonAsync($"/api/v1/projects/{ngo.Id}/receipts", new ReceiptInput(new DateOnly(2025, 8, 1), 20_000m, "USD", "BC-01")))
            .EnsureSuccessStatusCode();
        var early = await officer.PostJsonAsync($"/api/v1/projects/{ngo.Id}/receipts", new ReceiptInput(new DateOnly(2025, 5, 1), 1m, "USD", null));
        (await early.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed)).GetProperty("errors").TryGetProperty("date", out _).Should().BeTrue();
        var receipts = await officer.GetJsonAsync<ReceiptsDto>($"/api/v1/projects/{ngo.Id}/receipts");
        (receipts.CommittedUsd, receipts.ReceivedUsd, receipts.ReceivedVnd, receipts.Schedule.Count).Should().Be((150_000m, 20_000m, 520_000_000m, 1));
        (await officer.PostJsonAsync($"/api/v1/projects/{ngo.Id}/disbursements", new DisbursementInput(new DateOnly(2025, 8, 1), 1m, "USD", DisbursementSource.Oda, null)))
            .StatusCode.Should().Be(HttpStatusCode.Conflict);

        var fdi = await (await officer.PostJsonAsync("/api/v1/projects", ProjectRequests.Fdi("FDI vốn thực hiện " + ProjectRequests.UniqueWord()))).ReadAsync<ProjectDto>();
        (await officer.PostJsonAsync($"/api/v1/projects/{fdi.Id}/implemented-capital", new ImplementedCapitalInput(2025, 1, 1_000_000m, null, new DateOnly(2025, 4, 8))))
            .EnsureSuccessStatusCode();
        var replaced = await (await officer.PostJsonAsync($"/api/v1/projects/{fdi.Id}/implemented-capital",
            new ImplementedCapitalInput(2025, 1, 1_200_000m, 30_000_000_000m, new DateOnly(2025, 4, 9)))).ReadAsync<ImplementedCapitalDto>();
        replaced.AmountUsd.Should().Be(1_200_000m);
        (await officer.GetJsonAsync<List<ImplementedCapitalDto>>($"/api/v1/projects/{fdi.Id}/implemented-capital")).Should().ContainSingle();
        var badQuarter = await officer.PostJsonAsync($"/api/v1/projects/{fdi.Id}/implemented-capital", new ImplementedCapitalInput(2025, 5, 1m, null, new DateOnly(2025, 4, 8)));
        (await badQuarter.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed)).GetProperty("errors").TryGetProperty("quarter", out _).Should().BeTrue();
    }
}
