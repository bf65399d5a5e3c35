using AwesomeAssertions;
using InvestAid.Audit;
using InvestAid.Finance;
using InvestAid.Projects;
using InvestAid.TestBase;
using InvestAid.TestBase.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace InvestAid.HttpApi.Validation;

/// <summary>Seeded projects carry the history of their seeded entries, finance rows included, so the register and the compare view show them.</summary>
public sealed class DemoHistoryTests(IsolatedApiFactory factory) : IClassFixture<IsolatedApiFactory>
{
    [Fact]
    public async Task A_seeded_aid_project_shows_its_disbursements_and_plans_in_its_history_and_in_the_compare_view()
    {
        await ReportData.ClearAsync(factory.Database);
        await using (var scope = factory.Database.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<InvestAid.Seeding.DemoDataSeeder>().SeedAsync();
            await scope.ServiceProvider.GetRequiredService<InvestAid.Seeding.DemoValidationSeeder>().SeedAsync(TestContext.Current.CancellationToken);
        }
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var oda = (await officer.GetJsonAsync<InvestAid.Common.PagedResult<ProjectListItemDto>>("/api/v1/projects?kind=Oda&pageSize=50")).Items;
        ProjectListItemDto? project = null;
        List<DisbursementDto> rows = [];
        foreach (var p in oda)
        {
            rows = await officer.GetJsonAsync<List<DisbursementDto>>($"/api/v1/projects/{p.Id}/disbursements");
            if (rows.Count > 0)
            {
                project = p;
                break;
            }
        }
        project.Should().NotBeNull("the demo data has ODA projects with disbursements");

        var history = await officer.GetJsonAsync<List<AuditEntryDto>>($"/api/v1/projects/{project!.Id}/history");
        history.Count(h => h.Action == "disbursement-recorded").Should().Be(rows.Count, "every seeded disbursement is in the history");
        history.Should().Contain(h => h.Action == "plan-recorded");
        history.Where(h => h.Action == "disbursement-recorded").Should().OnlyContain(h => h.Summary!.Contains("Giải ngân") && h.UserName != null);

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var compare = await officer.GetJsonAsync<ProjectComparisonDto>($"/api/v1/projects/{project.Id}/compare?from=1990-01-01&to={today:yyyy-MM-dd}");
        var ledger = compare.Ledger.Single(l => l.Kind == "disbursement");
        (ledger.EntriesFrom, ledger.EntriesTo).Should().Be((0, rows.Count));
        var exceptions = await officer.GetJsonAsync<List<InvestAid.Freezes.FreezeExceptionDto>>("/api/v1/freezes/exceptions");
        exceptions.Should().Contain(e => e.GrantedByName == "Lê Minh Tuấn" && e.UsedAt == null && e.ProjectCode.StartsWith("FDI-"),
            "the demo shows a leader's exception waiting to be used");
        ledger.TotalTo.Should().Be(rows.Sum(r => r.AmountVnd).ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + " VND");

        // The registration carries the whole record, as one made in the app does: every field the project has, references by name.
        var full = await officer.GetJsonAsync<ProjectDto>($"/api/v1/projects/{project.Id}");
        var fields = compare.Fields.ToDictionary(f => f.Field);
        fields.Keys.Should().Contain(["nameVi", "ownerName", "donorCode", "plannedStart", "plannedEnd", "objectives", "oda", "status"]);
        fields["nameVi"].To.Should().Be(full.NameVi);
        fields["plannedStart"].To.Should().Be(full.PlannedStart!.Value.ToString("dd/MM/yyyy"));
        fields["donorCode"].To.Should().NotBe(full.DonorCode, "the donor by its name, not its code");
        fields["oda"].To.Should().Contain("Số hiệp định");
        compare.Fields.Should().OnlyContain(f => f.From != null || f.To != null, "a field empty on both days (no investors, no communes) is left out");
        var history2 = await officer.GetJsonAsync<List<AuditEntryDto>>($"/api/v1/projects/{project.Id}/history");
        history2.Single(h => h.Action == AuditAction.Created).After.Should().Contain("\"objectives\"").And.Contain("\"oda\"");
    }
}
