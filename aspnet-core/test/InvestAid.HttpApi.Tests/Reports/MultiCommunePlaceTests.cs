using System.Net;
using AwesomeAssertions;
using InvestAid.Errors;
using InvestAid.HttpApi.Dossiers;
using InvestAid.Projects;
using InvestAid.Reports;
using InvestAid.TestBase;
using InvestAid.TestBase.Reports;

namespace InvestAid.HttpApi.Reports;

/// <summary>
/// Aid that lies in several communes: the communes are entered on the project (checked against the administrative units, a 400
/// naming the field for an unknown one), read back, and each is named among the programme's places and in its by-place row of the NGO report.
/// </summary>
public sealed class MultiCommunePlaceTests(IsolatedApiFactory factory) : IClassFixture<IsolatedApiFactory>
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_project_keeps_every_commune_it_lies_in()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var created = await officer.CreateProjectAsync(ProjectRequests.Ngo("Nước sạch liên xã " + ProjectRequests.UniqueWord()) with
        {
            CommuneCode = "33024",
            CommuneCodes = ["33024", "33026"],
        });
        created.CommuneCodes.Should().Equal("33024", "33026");
        (await officer.GetJsonAsync<ProjectDto>($"/api/v1/projects/{created.Id}")).CommuneCodes.Should().Equal("33024", "33026");
    }

    [Fact]
    public async Task An_unknown_commune_is_a_400_naming_the_field()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var response = await officer.PostJsonAsync("/api/v1/projects", ProjectRequests.Ngo("Viện trợ " + ProjectRequests.UniqueWord()) with
        {
            CommuneCodes = ["33024", "99999"],
        });
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        problem.GetProperty("errors").TryGetProperty("communeCodes[1]", out var messages).Should().BeTrue(problem.ToString());
        messages[0].GetString().Should().Contain("99999");
    }

    [Fact]
    public async Task The_ngo_report_names_every_commune_of_a_programme()
    {
        await ReportData.ClearAsync(factory.Database);
        var aid = new Project("NGO-2025-0901", ProjectKind.NgoAid, new ProjectProfile
        {
            NameVi = "Nước sạch liên xã", DonorCode = "RTR", DacCode = "14030", CommuneCode = "33024", CommuneCodes = ["33024", "33026"],
            PlannedStart = new DateOnly(2025, 3, 1), PlannedEnd = new DateOnly(2025, 12, 31), ActualStart = new DateOnly(2025, 3, 1),
            Ngo = new NgoDetails(AidType.Project, 40_000m, "USD", 1m, "SNN", "14030", "12/QĐ-UBND", new DateOnly(2025, 2, 10)),
        }, Now);
        aid.Submit(new DateOnly(2025, 1, 10), Now);
        aid.StartReview(new DateOnly(2025, 1, 12), Now);
        aid.Approve(new DateOnly(2025, 2, 10), Now);
        aid.Activate(new DateOnly(2025, 3, 1), Now);
        await ReportData.SaveAsync(factory.Database, [aid]);

        var viewer = await factory.CreateClientAsAsync("viewer@investaid.local");
        var report = await viewer.GetJsonAsync<NgoReportDto>("/api/v1/reports/ngo?year=2025");

        var row = report.ByProgramme.Single(r => r.Code == "NGO-2025-0901");
        row.Places.Should().Equal("Xã Ân Thi", "Xã Tiền Hải");
        row.PlacesEn.Should().Equal("An Thi Commune", "Tien Hai Commune");
        report.Total.Programmes.Should().Be(1, "a programme in two communes is still one programme");
        report.ByPlace.Sum(p => p.Programmes).Should().Be(1);
        // By place: one row for the pair of communes, naming both, so the programme and its money count once.
        var place = report.ByPlace.Should().ContainSingle().Subject;
        place.Code.Should().Be("33024" + AidReportService.PlaceSeparator + "33026");
        place.NameVi.Should().Be("Liên xã, phường: Xã Ân Thi, Xã Tiền Hải");
        place.NameEn.Should().Be("Several communes: An Thi Commune, Tien Hai Commune");
        place.CommitmentInPeriodUsd.Should().Be(report.Total.CommitmentInPeriodUsd);

        // The draft counts the communes themselves: one programme in two communes.
        var draft = await viewer.GetJsonAsync<ReportDraftDto>("/api/v1/reports/draft?year=2025");
        draft.Vi.Single(p => p.Section == "ngo").Text.Should().Contain("01 dự án tại 02 xã, phường");
        draft.En.Single(p => p.Section == "ngo").Text.Should().Contain("1 is in 2 communes");
    }
}
