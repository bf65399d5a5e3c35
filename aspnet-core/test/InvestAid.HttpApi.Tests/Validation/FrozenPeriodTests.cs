using System.Net;
using AwesomeAssertions;
using InvestAid.Audit;
using InvestAid.Errors;
using InvestAid.Finance;
using InvestAid.Freezes;
using InvestAid.HttpApi.Finance;
using InvestAid.Projects;
using InvestAid.Reports;
using InvestAid.TestBase;
using InvestAid.TestBase.Reports;

namespace InvestAid.HttpApi.Validation;

/// <summary>Publishing a month freezes its entries; declared freeze events freeze after their grace; only a leader's exception lets an entry in.</summary>
public sealed class FrozenPeriodTests(IsolatedApiFactory factory) : IClassFixture<IsolatedApiFactory>
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public async Task An_entry_in_a_published_month_is_409_naming_the_period_until_a_leader_grants_an_exception_then_it_shows_as_pending_revision()
    {
        await ReportData.ClearAsync(factory.Database);
        var project = ReportData.Fdi(D(2023, 5, 10), 10_000_000m);
        await ReportData.SaveAsync(factory.Database, [project]);
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var leader = await factory.CreateClientAsAsync("leader@investaid.local");
        (await officer.PostAsync("/api/v1/reports/fdi-monthly/2023/5/publish", null)).EnsureSuccessStatusCode();
        var adjustment = new RecordCapitalEventRequest(CapitalEventType.Adjustment, D(2023, 5, 20), 2_000_000m, 50_000_000_000m, null, "Tăng vốn", null);

        var refused = await officer.PostJsonAsync($"/api/v1/projects/{project.Id}/capital-events", adjustment);
        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, ErrorCodes.PeriodFrozen);
        problem.GetProperty("detail").GetString().Should().Contain("05/2023").And.Contain("May 2023");
        (await officer.GetJsonAsync<ProjectDto>($"/api/v1/projects/{project.Id}")).CapitalEvents.Should().HaveCount(1, "nothing was saved");
        (await officer.GetJsonAsync<FrozenCheckDto>("/api/v1/freezes/check?date=2023-05-20")).Frozen.Should().BeTrue();
        (await officer.GetJsonAsync<FrozenCheckDto>("/api/v1/freezes/check?date=2023-06-01")).Frozen.Should().BeFalse();

        (await officer.PostJsonAsync("/api/v1/freezes/exceptions", new FreezeExceptionInput(project.Id, 2023, 5, "Tự cấp"))).StatusCode
            .Should().Be(HttpStatusCode.Forbidden, "only a leader grants an exception");
        var noReason = await leader.PostJsonAsync("/api/v1/freezes/exceptions", new FreezeExceptionInput(project.Id, 2023, 5, " "));
        (await noReason.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed)).GetProperty("errors").TryGetProperty("reason", out _).Should().BeTrue();
        var exception = await (await leader.PostJsonAsync("/api/v1/freezes/exceptions",
            new FreezeExceptionInput(project.Id, 2023, 5, "Doanh nghiệp nộp quyết định điều chỉnh muộn"))).ReadAsync<FreezeExceptionDto>();
        var wrongMonth = await officer.PostJsonAsync($"/api/v1/projects/{project.Id}/capital-events", adjustment with { EffectiveDate = D(2023, 6, 1) });
        wrongMonth.StatusCode.Should().Be(HttpStatusCode.Created, "June is not published");

        (await officer.PostJsonAsync($"/api/v1/projects/{project.Id}/capital-events", adjustment with { FreezeExceptionId = exception.Id }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        await (await officer.PostJsonAsync($"/api/v1/projects/{project.Id}/capital-events", adjustment with { FreezeExceptionId = exception.Id, CapitalChangeUsd = 1m }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, ErrorCodes.PeriodFrozen);

        var report = await officer.GetJsonAsync<FdiMonthlyReportDto>("/api/v1/reports/fdi-monthly?year=2023&month=5");
        report.Published!.Revision.Should().Be(1);
        report.PendingRevision.Should().NotBeNullOrEmpty("the excepted entry shows as the published month's pending revision");
        var history = await officer.GetJsonAsync<List<AuditEntryDto>>($"/api/v1/projects/{project.Id}/history");
        history.Should().Contain(h => h.Action == "freeze-exception-used" && h.Summary!.Contains("Doanh nghiệp nộp quyết định điều chỉnh muộn"));
        var granted = (await officer.GetJsonAsync<List<FreezeExceptionDto>>($"/api/v1/freezes/exceptions?projectId={project.Id}")).Single();
        granted.UsedAt.Should().NotBeNull();
        (granted.ProjectCode, granted.ProjectName).Should().Be((project.Code, project.NameVi));
        granted.GrantedByName.Should().Be("Lê Minh Tuấn", "the leader by name, never the sign-in e-mail");
    }

    [Fact]
    public async Task A_freeze_exception_without_reason_or_with_a_bad_month_is_400_naming_the_field_in_the_readers_language_and_nothing_is_granted()
    {
        await ReportData.ClearAsync(factory.Database);
        var project = ReportData.Fdi(D(2024, 2, 10), 1_000_000m);
        await ReportData.SaveAsync(factory.Database, [project]);
        var leader = await factory.CreateClientAsAsync("leader@investaid.local");
        leader.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var bad = await leader.PostJsonAsync("/api/v1/freezes/exceptions", new FreezeExceptionInput(project.Id, 2024, 13, ""));
        var errors = (await bad.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed)).GetProperty("errors");
        errors.GetProperty("reason")[0].GetString().Should().Be("Give the reason for the exception.");
        errors.TryGetProperty("month", out _).Should().BeTrue();
        (await leader.PostJsonAsync("/api/v1/freezes/exceptions", new FreezeExceptionInput(Guid.NewGuid(), 2024, 2, "Lý do"))).StatusCode
            .Should().Be(HttpStatusCode.NotFound);
        (await leader.GetJsonAsync<List<FreezeExceptionDto>>($"/api/v1/freezes/exceptions?projectId={project.Id}")).Should().BeEmpty("nothing was granted");

        var owner = await factory.CreateClientAsAsync("owner@investaid.local");
        (await leader.PostJsonAsync("/api/v1/freezes/exceptions", new FreezeExceptionInput(project.Id, 2024, 2, "Bổ sung chứng từ"))).EnsureSuccessStatusCode();
        (await owner.GetJsonAsync<List<FreezeExceptionDto>>("/api/v1/freezes/exceptions")).Should().NotContain(e => e.ProjectId == project.Id,
            "an owner sees the exceptions of its own projects only");
    }

    [Fact]
    public async Task A_declared_freeze_holds_after_its_grace_period_for_what_it_covers_only()
    {
        var admin = await factory.CreateClientAsAsync("admin@investaid.local");
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        await FinanceData.SeedUsdRatesAsync(officer);
        var project = await FinanceData.OdaAsync(officer);
        (await officer.PostJsonAsync("/api/v1/freezes", new FreezeEventInput(D(2025, 6, 30), 10, FreezeCoverage.AidFinance, null)))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var bad = await admin.PostJsonAsync("/api/v1/freezes", new FreezeEventInput(D(2025, 6, 30), -1, FreezeCoverage.AidFinance, null));
        (await bad.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed)).GetProperty("errors").TryGetProperty("graceDays", out _).Should().BeTrue();
        var freeze = await (await admin.PostJsonAsync("/api/v1/freezes", new FreezeEventInput(D(2025, 6, 30), 10, FreezeCoverage.AidFinance, "Khóa sổ 6 tháng đầu năm")))
            .ReadAsync<FreezeEventDto>();
        freeze.EffectiveFrom.Should().Be(D(2025, 7, 11));

        var june = await officer.PostJsonAsync($"/api/v1/projects/{project.Id}/disbursements",
            new DisbursementInput(D(2025, 6, 10), 1_000m, "USD", DisbursementSource.Oda, null));
        (await june.ShouldBeProblemAsync(HttpStatusCode.Conflict, ErrorCodes.PeriodFrozen)).GetProperty("detail").GetString().Should().Contain("06/2025");
        (await officer.PostJsonAsync($"/api/v1/projects/{project.Id}/disbursements",
            new DisbursementInput(D(2025, 7, 2), 1_000m, "USD", DisbursementSource.Oda, null))).StatusCode.Should().Be(HttpStatusCode.Created);
        (await officer.GetJsonAsync<FrozenCheckDto>("/api/v1/freezes/check?date=2025-06-10&coverage=FdiLedger")).Frozen.Should().BeFalse("the freeze covers aid finance only");
        (await officer.GetJsonAsync<List<DisbursementDto>>($"/api/v1/projects/{project.Id}/disbursements")).Should().ContainSingle();
    }
}
