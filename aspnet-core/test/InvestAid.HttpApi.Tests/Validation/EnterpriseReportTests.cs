using System.IO.Compression;
using System.Net;
using System.Text.Json;
using AwesomeAssertions;
using InvestAid.Common;
using InvestAid.EnterpriseReports;
using InvestAid.Errors;
using InvestAid.Identity;
using InvestAid.HttpApi.Dossiers;
using InvestAid.HttpApi.Finance;
using InvestAid.Projects;
using InvestAid.Reports;
using InvestAid.TestBase;
using InvestAid.TestBase.Reports;
using InvestAid.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace InvestAid.HttpApi.Validation;

/// <summary>FDI enterprises file quarterly and yearly reports online; officers accept or return; accepted quarters are the implemented capital.</summary>
public sealed class EnterpriseReportTests(IsolatedApiFactory factory) : IClassFixture<IsolatedApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The last quarter that has ended today, and the one after it (not ended).</summary>
    private static ((int Year, int Quarter) Ended, (int Year, int Quarter) Future) Quarters()
    {
        var ended = ReportPeriods.LastEndedQuarter(VietnamTime.Today(TimeProvider.System));
        var next = ended.Quarter == 4 ? (ended.Year + 1, 1) : (ended.Year, ended.Quarter + 1);
        return (ended, next);
    }

    private static Dictionary<string, JsonElement> Values(decimal foreign = 1_500_000m, decimal domestic = 500_000m, object? revenue = null, object? labourVn = null) => new()
    {
        [EnterpriseReportForms.ImplementedForeignUsd] = JsonSerializer.SerializeToElement(foreign),
        [EnterpriseReportForms.ImplementedDomesticUsd] = JsonSerializer.SerializeToElement(domestic),
        [EnterpriseReportForms.RevenueUsd] = JsonSerializer.SerializeToElement(revenue ?? 4_000_000m),
        [EnterpriseReportForms.ExportsUsd] = JsonSerializer.SerializeToElement(3_000_000m),
        [EnterpriseReportForms.LabourVietnamese] = JsonSerializer.SerializeToElement(labourVn ?? 850),
        [EnterpriseReportForms.LabourForeign] = JsonSerializer.SerializeToElement(12),
        [EnterpriseReportForms.TaxesPaidVnd] = JsonSerializer.SerializeToElement(2_500_000_000m),
        [EnterpriseReportForms.LandUsedM2] = JsonSerializer.SerializeToElement(45_000m),
    };

    private async Task<(HttpClient Officer, HttpClient Owner, ProjectDto Mine, ProjectDto Other)> SetUpAsync()
    {
        await ReportData.ClearAsync(factory.Database);
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var owner = await factory.CreateClientAsAsync("owner@investaid.local");
        await FinanceData.SeedUsdRatesAsync(officer);
        var ownerId = await FinanceData.UserIdAsync(factory, "owner@investaid.local");
        var mine = await officer.CreateProjectAsync(ProjectRequests.Fdi("Nhà máy báo cáo " + ProjectRequests.UniqueWord()) with { OwnerUserId = ownerId });
        var other = await officer.CreateProjectAsync(ProjectRequests.Fdi("Nhà máy chưa báo cáo " + ProjectRequests.UniqueWord()));
        return (officer, owner, mine, other);
    }

    [Fact]
    public async Task An_enterprise_files_its_quarter_the_officer_accepts_and_implemented_capital_and_the_missing_count_move()
    {
        var (officer, owner, mine, other) = await SetUpAsync();
        var (ended, _) = Quarters();
        var cutoffMonth = ended.Quarter * 3;
        var before = await officer.GetJsonAsync<FdiMonthlyReportDto>($"/api/v1/reports/fdi-monthly?year={ended.Year}&month={cutoffMonth}");

        var forms = await owner.GetJsonAsync<List<ReportFormDto>>("/api/v1/enterprise-reports/forms");
        forms.Single().Fields.Select(f => f.Key).Should().Contain([EnterpriseReportForms.ImplementedForeignUsd, EnterpriseReportForms.LandUsedM2]);
        var filed = await owner.PostJsonAsync("/api/v1/enterprise-reports",
            new FileEnterpriseReportRequest(mine.Id, ReportPeriodKind.Quarterly, ended.Year, ended.Quarter, Values(), "Số liệu sơ bộ"));
        filed.StatusCode.Should().Be(HttpStatusCode.Created, await filed.Content.ReadAsStringAsync(Ct));
        var report = await filed.ReadAsync<EnterpriseReportDto>();
        (report.Status, report.Revision, report.FormVersion).Should().Be((EnterpriseReportStatus.Filed, 1, EnterpriseReportForms.V2021.Version));
        report.DueDate.Should().Be(new DateOnly(ended.Year, ended.Quarter * 3, 1).AddMonths(1).AddDays(9));
        // People by name, never by sign-in e-mail.
        var ownerName = (await owner.GetJsonAsync<CurrentUserDto>("/api/account/me")).DisplayName;
        var officerName = (await officer.GetJsonAsync<CurrentUserDto>("/api/account/me")).DisplayName;
        ownerName.Should().NotContain("@");
        report.FiledByName.Should().Be(ownerName);

        var missing = await officer.GetJsonAsync<MissingEnterpriseReportsDto>($"/api/v1/enterprise-reports/missing?year={ended.Year}&quarter={ended.Quarter}");
        missing.Missing.Select(m => m.ProjectId).Should().Equal(other.Id);
        (missing.Expected, missing.Filed).Should().Be((2, 1));
        var waiting = await officer.GetJsonAsync<FdiMonthlyReportDto>($"/api/v1/reports/fdi-monthly?year={ended.Year}&month={cutoffMonth}");
        waiting.Figures.Implemented.ValueUsd.Should().Be(before.Figures.Implemented.ValueUsd, "a filed report counts only once accepted");

        (await owner.PostJsonAsync($"/api/v1/enterprise-reports/{report.Id}/accept", new DecideEnterpriseReportRequest(null)))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var accepted = await (await officer.PostJsonAsync($"/api/v1/enterprise-reports/{report.Id}/accept", new DecideEnterpriseReportRequest("Đủ"))).ReadAsync<EnterpriseReportDto>();
        accepted.Status.Should().Be(EnterpriseReportStatus.Accepted);
        accepted.DecidedByName.Should().Be(officerName);
        (await officer.GetJsonAsync<PagedResult<EnterpriseReportDto>>($"/api/v1/enterprise-reports?projectId={mine.Id}")).Items.Single()
            .Should().Match<EnterpriseReportDto>(r => r.FiledByName == ownerName && r.DecidedByName == officerName);
        var after = await officer.GetJsonAsync<FdiMonthlyReportDto>($"/api/v1/reports/fdi-monthly?year={ended.Year}&month={cutoffMonth}");
        after.Figures.Implemented.ValueUsd.Should().Be(before.Figures.Implemented.ValueUsd + 2_000_000m);
        after.Figures.Implemented.MissingReports.Should().Be(before.Figures.Implemented.MissingReports - 1);

        var excel = await officer.GetAsync($"/api/v1/enterprise-reports/consolidated/{ended.Year}/{ended.Quarter}", Ct);
        excel.StatusCode.Should().Be(HttpStatusCode.OK);
        using var zip = new ZipArchive(await excel.Content.ReadAsStreamAsync(Ct));
        var sheets = string.Join("", zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal))
            .Select(e => new StreamReader(e.Open()).ReadToEnd()));
        sheets.Should().Contain(mine.Code).And.Contain(other.Code).And.Contain($"QUÝ {ended.Quarter}/{ended.Year}");
    }

    [Fact]
    public async Task A_duplicate_a_future_quarter_a_project_not_owned_and_bad_figures_are_refused_naming_the_field_and_nothing_is_saved()
    {
        var (officer, owner, mine, other) = await SetUpAsync();
        var (ended, future) = Quarters();

        await (await owner.PostJsonAsync("/api/v1/enterprise-reports", new FileEnterpriseReportRequest(other.Id, ReportPeriodKind.Quarterly, ended.Year, ended.Quarter, Values())))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        async Task<JsonElement> Bad(FileEnterpriseReportRequest r) =>
            (await (await owner.PostJsonAsync("/api/v1/enterprise-reports", r)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed)).GetProperty("errors");
        (await Bad(new(mine.Id, ReportPeriodKind.Quarterly, future.Year, future.Quarter, Values()))).TryGetProperty("quarter", out _).Should().BeTrue();
        (await Bad(new(mine.Id, ReportPeriodKind.Yearly, future.Year, null, Values()))).TryGetProperty("year", out _).Should().BeTrue();
        (await Bad(new(mine.Id, ReportPeriodKind.Quarterly, ended.Year, ended.Quarter, Values(foreign: -1m)))).TryGetProperty("values.implementedForeignUsd", out _).Should().BeTrue();
        (await Bad(new(mine.Id, ReportPeriodKind.Quarterly, ended.Year, ended.Quarter, Values(revenue: "nhiều")))).TryGetProperty("values.revenueUsd", out _).Should().BeTrue();
        (await Bad(new(mine.Id, ReportPeriodKind.Quarterly, ended.Year, ended.Quarter, Values(labourVn: 10.5m)))).TryGetProperty("values.labourVietnamese", out _).Should().BeTrue();
        (await owner.GetJsonAsync<PagedResult<EnterpriseReportDto>>($"/api/v1/enterprise-reports?projectId={mine.Id}")).TotalCount.Should().Be(0, "nothing was saved");

        var first = await (await owner.PostJsonAsync("/api/v1/enterprise-reports",
            new FileEnterpriseReportRequest(mine.Id, ReportPeriodKind.Quarterly, ended.Year, ended.Quarter, Values()))).ReadAsync<EnterpriseReportDto>();
        await (await owner.PostJsonAsync("/api/v1/enterprise-reports", new FileEnterpriseReportRequest(mine.Id, ReportPeriodKind.Quarterly, ended.Year, ended.Quarter, Values())))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, ErrorCodes.ReportDuplicate);
        (await owner.GetJsonAsync<PagedResult<EnterpriseReportDto>>($"/api/v1/enterprise-reports?projectId={mine.Id}")).TotalCount.Should().Be(1);
        (await owner.GetJsonAsync<PagedResult<EnterpriseReportDto>>($"/api/v1/enterprise-reports?projectId={other.Id}")).TotalCount.Should().Be(0);
        first.Status.Should().Be(EnterpriseReportStatus.Filed);
    }

    [Fact]
    public async Task A_returned_report_is_corrected_only_by_a_new_revision_and_the_reminder_job_writes_each_reminder_once()
    {
        var (officer, owner, mine, _) = await SetUpAsync();
        var (ended, _) = Quarters();
        var first = await (await owner.PostJsonAsync("/api/v1/enterprise-reports",
            new FileEnterpriseReportRequest(mine.Id, ReportPeriodKind.Quarterly, ended.Year, ended.Quarter, Values(foreign: 9_999_999m)))).ReadAsync<EnterpriseReportDto>();
        var noComment = await officer.PostJsonAsync($"/api/v1/enterprise-reports/{first.Id}/return", new DecideEnterpriseReportRequest(null));
        (await noComment.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed)).GetProperty("errors").TryGetProperty("comment", out _).Should().BeTrue();
        var returned = await (await officer.PostJsonAsync($"/api/v1/enterprise-reports/{first.Id}/return", new DecideEnterpriseReportRequest("Vốn nước ngoài chưa khớp sao kê")))
            .ReadAsync<EnterpriseReportDto>();
        returned.Status.Should().Be(EnterpriseReportStatus.Returned);
        var missing = await officer.GetJsonAsync<MissingEnterpriseReportsDto>($"/api/v1/enterprise-reports/missing?year={ended.Year}&quarter={ended.Quarter}");
        missing.Missing.Should().Contain(m => m.ProjectId == mine.Id && m.ReturnedOnly);

        var second = await (await owner.PostJsonAsync($"/api/v1/enterprise-reports/{first.Id}/revisions",
            new FileEnterpriseReportRequest(mine.Id, ReportPeriodKind.Quarterly, ended.Year, ended.Quarter, Values()))).ReadAsync<EnterpriseReportDto>();
        second.Revision.Should().Be(2);
        (await officer.GetJsonAsync<EnterpriseReportDto>($"/api/v1/enterprise-reports/{first.Id}")).Status.Should().Be(EnterpriseReportStatus.Superseded);
        await (await officer.PostJsonAsync($"/api/v1/enterprise-reports/{first.Id}/accept", new DecideEnterpriseReportRequest(null)))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, ErrorCodes.ReportState);

        await using var scope = factory.Services.CreateAsyncScope();
        var jobs = scope.ServiceProvider.GetRequiredService<ValidationJobs>();
        var due = new DateOnly(ended.Year, ended.Quarter * 3, 1).AddMonths(1).AddDays(9);
        var escalation = new DateTimeOffset(due.AddDays(20).ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(7));
        (await jobs.EnterpriseReportsAsync(escalation, Ct)).Should().BeGreaterThan(0, "the other enterprise is overdue and escalated");
        (await jobs.EnterpriseReportsAsync(escalation, Ct)).Should().Be(0, "a second run writes nothing twice");
    }
}
