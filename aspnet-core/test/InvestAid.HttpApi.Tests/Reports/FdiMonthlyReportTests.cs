using System.Net;
using AwesomeAssertions;
using InvestAid.Errors;
using InvestAid.Projects;
using InvestAid.Reports;
using InvestAid.TestBase;
using InvestAid.TestBase.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace InvestAid.HttpApi.Reports;

/// <summary>The monthly FDI summary through the API, over a database of this class's own (its figures are province-wide).</summary>
public sealed class FdiMonthlyReportTests(IsolatedApiFactory factory) : IClassFixture<IsolatedApiFactory>
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private Task<HttpClient> Officer() => factory.CreateClientAsAsync("officer@investaid.local");

    private static Task<FdiMonthlyReportDto> Get(HttpClient client, string query) =>
        client.GetJsonAsync<FdiMonthlyReportDto>($"/api/v1/reports/fdi-monthly?{query}");

    [Fact]
    public async Task Entries_on_the_cutoff_day_count_and_the_day_after_does_not()
    {
        await ReportData.ClearAsync(factory.Database);
        var a = ReportData.Fdi(D(2024, 1, 15), 10_000_000m, "KR", "26", "33004", "KCN-MD");
        a.Record(CapitalEventType.Adjustment, D(2024, 3, 31), 2_000_000m);
        a.Record(CapitalEventType.Adjustment, D(2024, 4, 1), -1_000_000m);
        var b = ReportData.Fdi(D(2024, 3, 31), 5_000_000m, "JP", "46", "33012");
        var c = ReportData.Fdi(D(2023, 5, 1), 3_000_000m, "CN", "41", null);
        c.Record(CapitalEventType.Termination, D(2024, 3, 31), 0m);
        await ReportData.SaveAsync(factory.Database, [a, b, c],
            [ReportData.Contribution(D(2024, 3, 31), 1_000_000m, "KR"), ReportData.Contribution(D(2024, 4, 1), 7_000_000m, "SG")]);
        var client = await Officer();

        var march = await Get(client, "year=2024&month=3");
        march.Cutoff.Should().Be(D(2024, 3, 31));
        march.PeriodFrom.Should().Be(D(2024, 1, 1));
        march.Figures.Current.Should().BeEquivalentTo(new FdiFigures
        {
            NewProjects = 2, NewCapitalUsd = 15_000_000m,
            AdjustedProjects = 1, IncreaseCount = 1, IncreaseCapitalUsd = 2_000_000m,
            ContributionCount = 1, ContributionValueUsd = 1_000_000m,
            TerminatedProjects = 1, TerminatedCapitalUsd = 3_000_000m,
            TotalNewAndAddedUsd = 17_000_000m, TotalWithContributionsUsd = 18_000_000m,
            ValidProjects = 2, ValidCapitalUsd = 17_000_000m,
        });
        march.Figures.Implemented.IsEstimate.Should().BeTrue();
        march.Figures.Implemented.ValueUsd.Should().Be(0m);
        var kr = march.Figures.Breakdowns.ByCountry.Single(r => r.Code == "KR");
        kr.NameVi.Should().NotBeNullOrEmpty();
        kr.Figures.TotalWithContributionsUsd.Should().Be(13_000_000m);
        march.Figures.Breakdowns.BySection.Select(r => r.Code).Should().Contain(["C", "G"]);
        march.Figures.Breakdowns.ByIndustrialZone.Single(r => r.Code == "KCN-MD").Figures.NewCapitalUsd.Should().Be(10_000_000m);

        var dayBefore = await Get(client, "year=2024&month=3&cutoffDay=30");
        dayBefore.Figures.Current.NewProjects.Should().Be(1);
        dayBefore.Figures.Current.AdjustedProjects.Should().Be(0);
        dayBefore.Figures.Current.TerminatedProjects.Should().Be(0);
        dayBefore.Figures.Current.ContributionCount.Should().Be(0);
        dayBefore.Figures.Current.ValidProjects.Should().Be(2);
        dayBefore.Figures.Current.ValidCapitalUsd.Should().Be(13_000_000m);

        var april1 = await Get(client, "year=2024&month=4&cutoffDay=1");
        april1.Figures.Current.DecreaseCount.Should().Be(1);
        april1.Figures.Current.DecreaseCapitalUsd.Should().Be(1_000_000m);
        april1.Figures.Current.ContributionValueUsd.Should().Be(8_000_000m);
        april1.Figures.Current.ValidCapitalUsd.Should().Be(16_000_000m);
    }

    [Fact]
    public async Task Year_on_year_change_is_in_percent_and_null_when_the_previous_year_is_empty()
    {
        await ReportData.ClearAsync(factory.Database);
        await ReportData.SaveAsync(factory.Database,
            [ReportData.Fdi(D(2024, 2, 10), 4_000_000m), ReportData.Fdi(D(2025, 2, 10), 5_000_000m), ReportData.Fdi(D(2025, 2, 28), 6_000_000m)]);
        var client = await Officer();

        var report = await Get(client, "year=2025&month=2");
        report.PreviousCutoff.Should().Be(D(2024, 2, 29), "a month-end cut-off compares with the whole month a year earlier");
        report.Figures.Previous.NewProjects.Should().Be(1);
        report.Figures.ChangePercent["newProjects"].Should().Be(100m);
        report.Figures.ChangePercent["newCapitalUsd"].Should().Be(175m);
        report.Figures.ChangePercent["contributionCount"].Should().BeNull();

        var firstYear = await Get(client, "year=2024&month=12");
        firstYear.Figures.Previous.Should().BeEquivalentTo(FdiFigures.Empty);
        firstYear.Figures.ChangePercent.Values.Should().AllSatisfy(v => v.Should().BeNull());
    }

    [Fact]
    public async Task A_published_month_keeps_its_figures_and_shows_a_later_correction_as_a_pending_revision()
    {
        await ReportData.ClearAsync(factory.Database);
        var project = ReportData.Fdi(D(2024, 5, 10), 10_000_000m);
        await ReportData.SaveAsync(factory.Database, [project]);
        var registration = project.CapitalEvents.Single().Id;
        var officer = await Officer();

        var published = await (await officer.PostAsync("/api/v1/reports/fdi-monthly/2024/5/publish", null)).ReadAsync<FdiPublicationDto>();
        published.Revision.Should().Be(1);
        published.Cutoff.Should().Be(D(2024, 5, 31));
        var frozen = await Get(officer, "year=2024&month=5");
        frozen.Published!.Revision.Should().Be(1);
        frozen.PendingRevision.Should().BeNull();

        // The month is frozen: each correction needs a leader's exception.
        var leader = await factory.CreateClientAsAsync("leader@investaid.local");
        async Task<Guid> Exception() => (await (await leader.PostJsonAsync("/api/v1/freezes/exceptions",
            new InvestAid.Freezes.FreezeExceptionInput(project.Id, 2024, 5, "Đính chính theo hồ sơ gốc"))).ReadAsync<InvestAid.Freezes.FreezeExceptionDto>()).Id;
        (await officer.PostJsonAsync($"/api/v1/projects/{project.Id}/capital-events",
            new RecordCapitalEventRequest(CapitalEventType.NewRegistration, D(2024, 5, 10), 8_000_000m, 200_000_000_000m, null, "Sửa số vốn", registration, await Exception())))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        (await officer.PostJsonAsync($"/api/v1/projects/{project.Id}/capital-events",
            new RecordCapitalEventRequest(CapitalEventType.Termination, D(2024, 5, 20), 0m, 0m, null, null, null, await Exception())))
            .StatusCode.Should().Be(HttpStatusCode.Created);

        var afterCorrection = await Get(officer, "year=2024&month=5");
        afterCorrection.Figures.Current.NewCapitalUsd.Should().Be(10_000_000m, "a published figure never changes by itself");
        afterCorrection.Figures.Current.TerminatedProjects.Should().Be(0);
        afterCorrection.Published!.Revision.Should().Be(1);
        afterCorrection.PendingRevision.Should().ContainEquivalentOf(new FdiFigureDifference("current.newCapitalUsd", 10_000_000m, 8_000_000m, -2_000_000m));
        afterCorrection.PendingRevision.Should().ContainEquivalentOf(new FdiFigureDifference("current.terminatedProjects", 0m, 1m, 1m));
        afterCorrection.PendingRevision.Should().ContainEquivalentOf(new FdiFigureDifference("current.validProjects", 1m, 0m, -1m));

        var live = await Get(officer, "year=2024&month=5&cutoffDay=15");
        live.Published.Should().BeNull();
        live.Figures.Current.NewCapitalUsd.Should().Be(8_000_000m);

        var second = await (await officer.PostAsync("/api/v1/reports/fdi-monthly/2024/5/publish", null)).ReadAsync<FdiPublicationDto>();
        second.Revision.Should().Be(2);
        var republished = await Get(officer, "year=2024&month=5");
        republished.Published!.Revision.Should().Be(2);
        republished.PendingRevision.Should().BeNull();
        republished.Figures.Current.NewCapitalUsd.Should().Be(8_000_000m);
        var revisions = await officer.GetJsonAsync<List<FdiPublicationDto>>("/api/v1/reports/fdi-monthly/2024/5/revisions");
        revisions.Select(r => r.Revision).Should().Equal(1, 2);
        revisions.Should().AllSatisfy(r => r.PublishedBy.Should().Be("officer@investaid.local"));
    }

    [Fact]
    public async Task The_monthly_job_publishes_the_previous_month_once()
    {
        await ReportData.ClearAsync(factory.Database);
        await using var scope = factory.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<FdiMonthlyReportService>();

        var first = await service.PublishPreviousMonthIfMissingAsync(TestContext.Current.CancellationToken);
        var again = await service.PublishPreviousMonthIfMissingAsync(TestContext.Current.CancellationToken);

        first.Should().NotBeNull();
        first!.Revision.Should().Be(1);
        first.PublishedBy.Should().Be(ReportConsts.SystemPublisher);
        again.Should().BeNull();
        (await service.RevisionsAsync(first.Year, first.Month, TestContext.Current.CancellationToken)).Should().ContainSingle();
    }

    [Theory]
    [InlineData("year=2024&month=13", "month")]
    [InlineData("year=2024&month=0", "month")]
    [InlineData("year=1850&month=3", "year")]
    [InlineData("month=3", "year")]
    [InlineData("year=2024", "month")]
    [InlineData("year=2024&month=3&cutoffDay=0", "cutoffDay")]
    [InlineData("year=2024&month=4&cutoffDay=31", "cutoffDay")]
    [InlineData("year=2023&month=2&cutoffDay=29", "cutoffDay")]
    [InlineData("year=2024&month=abc", "month")]
    public async Task Bad_parameters_answer_400_naming_the_field(string query, string field)
    {
        var client = await factory.CreateClientAsAsync("viewer@investaid.local");
        var response = await client.GetAsync($"/api/v1/reports/fdi-monthly?{query}");
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest,
            field == "month" && query.Contains("abc") ? ErrorCodes.MalformedRequest : ErrorCodes.ValidationFailed);
        problem.GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue(problem.ToString());
    }

    [Fact]
    public async Task Publishing_a_bad_month_answers_400()
    {
        var officer = await Officer();
        var problem = await (await officer.PostAsync("/api/v1/reports/fdi-monthly/2024/13/publish", null))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        problem.GetProperty("errors").TryGetProperty("month", out _).Should().BeTrue();
    }

    [Theory]
    [InlineData("viewer@investaid.local", HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Forbidden)]
    // An owner reads the summary over its own projects; the province's publications are not narrowed to them (docs/security.md).
    [InlineData("owner@investaid.local", HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    [InlineData("leader@investaid.local", HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Forbidden)]
    [InlineData("officer@investaid.local", HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Created)]
    [InlineData("admin@investaid.local", HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Created)]
    public async Task Everyone_signed_in_reads_and_only_officers_and_admins_publish(string email, HttpStatusCode read, HttpStatusCode revisions, HttpStatusCode publish)
    {
        var client = await factory.CreateClientAsAsync(email);
        (await client.GetAsync("/api/v1/reports/fdi-monthly?year=2019&month=6")).StatusCode.Should().Be(read);
        (await client.GetAsync("/api/v1/reports/fdi-monthly/2019/6/revisions")).StatusCode.Should().Be(revisions);
        (await client.PostAsync("/api/v1/reports/fdi-monthly/2019/6/publish", null)).StatusCode.Should().Be(publish);
        (await factory.CreateClient().GetAsync("/api/v1/reports/fdi-monthly?year=2019&month=6")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
