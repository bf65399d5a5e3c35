using System.Net;
using AwesomeAssertions;
using InvestAid.Common;
using InvestAid.Dossiers;
using InvestAid.Errors;
using InvestAid.Identity;
using InvestAid.Procedures;
using InvestAid.Projects;
using InvestAid.ReferenceData;
using InvestAid.TestBase;
using static InvestAid.HttpApi.Dossiers.DossierApi;

namespace InvestAid.HttpApi.Dossiers;

/// <summary>
/// The agencies a procedure consults are the Agency reference list: a code that is not an active agency in force on the
/// day is a 400 naming <c>variables.agencies</c> with nothing persisted; the demo agency users answer for listed agencies.
/// </summary>
public sealed class ProcedureAgencyTests(ProcedureApiFactory factory)
{
    private static CreateProjectRequest Ngo() => ProjectRequests.Ngo("Viện trợ " + ProjectRequests.UniqueWord()) with
    {
        Ngo = new NgoDetailsDto(AidType.Project, 90_000m, "USD", 1m, null, "12191", null, null),
    };

    private static async Task ShouldNameAgenciesAsync(HttpResponseMessage response, string mention)
    {
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        var errors = problem.GetProperty("errors");
        errors.TryGetProperty("variables.agencies", out var messages).Should().BeTrue(problem.ToString());
        messages.ToString().Should().Contain(mention);
    }

    [Theory]
    [InlineData("finance", "2025-06-02")] // the old free-text code: not on the list
    [InlineData("SNGV", "2025-06-02")]    // the Department of Foreign Affairs, dissolved on 1 March 2025
    [InlineData("stc", "2025-06-02")]     // codes are exact
    public async Task Starting_a_dossier_with_an_agency_not_active_on_the_receipt_day_is_a_400_and_stores_nothing(string code, string receivedOn)
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var project = await officer.CreateProjectAsync(Ngo());
        var response = await officer.StartDossierAsync(project.Id, "ngo-aid-approval",
            DateOnly.Parse(receivedOn, System.Globalization.CultureInfo.InvariantCulture), new { agencies = new[] { ProcedureAgencies.Police, code } });

        await ShouldNameAgenciesAsync(response, code);
        (await officer.GetJsonAsync<List<DossierDto>>($"/api/v1/projects/{project.Id}/dossiers")).Should().BeEmpty();
    }

    [Fact]
    public async Task A_dissolved_agency_may_be_consulted_on_a_dossier_received_while_it_existed()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var project = await officer.CreateProjectAsync(Ngo());
        var dossier = await officer.StartDossierOkAsync(project.Id, "ngo-aid-approval", new DateOnly(2025, 1, 15), new { agencies = new[] { "SNGV" } });
        await officer.StepAsync(dossier.Id, "check", "complete");
        (await officer.OpenTaskAsync(dossier.Id, "consult")).CandidateGroups.Should().Equal("agency:SNGV");
    }

    [Fact]
    public async Task Malformed_or_repeated_agencies_are_400()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var project = await officer.CreateProjectAsync(Ngo());
        await ShouldNameAgenciesAsync(await officer.StartDossierAsync(project.Id, "ngo-aid-approval", new DateOnly(2025, 6, 2), new { agencies = "STC" }), "mảng");
        await ShouldNameAgenciesAsync(await officer.StartDossierAsync(project.Id, "ngo-aid-approval", new DateOnly(2025, 6, 2),
            new { agencies = new[] { "STC", "STC" } }), "một lần");
    }

    [Fact]
    public async Task An_agency_the_administrator_deactivated_can_no_longer_be_consulted()
    {
        var admin = await factory.CreateClientAsAsync("admin@investaid.local");
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var code = "BQL" + Random.Shared.Next(10000, 99999);
        var input = new ReferenceItemInput(code, "Ban Quản lý thử nghiệm", "Test board", null, "Consulted", null, null);
        var created = await (await admin.PostJsonAsync("/api/v1/reference/Agency", input)).ReadAsync<ReferenceItemDto>();

        var project = await officer.CreateProjectAsync(Ngo());
        var first = await officer.StartDossierOkAsync(project.Id, "ngo-aid-approval", new DateOnly(2025, 6, 2), new { agencies = new[] { code } });
        await officer.StepAsync(first.Id, "check", "complete");
        (await officer.OpenTaskAsync(first.Id, "consult")).CandidateGroups.Should().Equal("agency:" + code);

        (await admin.PutJsonAsync($"/api/v1/reference/Agency/{created.Id}", input with { IsActive = false }, $"\"{created.Version}\""))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        await ShouldNameAgenciesAsync(await officer.StartDossierAsync(project.Id, "ngo-aid-approval", new DateOnly(2025, 6, 2),
            new { agencies = new[] { code } }), code);
    }

    [Fact]
    public async Task Picking_agencies_when_completing_a_step_is_checked_against_the_list_too()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var project = await officer.CreateProjectAsync(Ngo());
        var dossier = await officer.StartDossierOkAsync(project.Id, "ngo-aid-approval", new DateOnly(2025, 6, 2));
        var check = await officer.OpenTaskAsync(dossier.Id, "check");

        await ShouldNameAgenciesAsync(await officer.CompleteAsync(check.Id, "complete", variables: new { agencies = new[] { "police" } }), "police");
        (await officer.OpenTaskAsync(dossier.Id, "check")).Id.Should().Be(check.Id, "nothing changed");

        (await officer.CompleteAsync(check.Id, "complete", variables: new { agencies = new[] { ProcedureAgencies.Police } })).StatusCode.Should().Be(HttpStatusCode.OK);
        var consult = await officer.OpenTaskAsync(dossier.Id, "consult");
        consult.CandidateGroups.Should().Equal("agency:CAT");
        var police = await factory.CreateClientAsAsync("agency.police@investaid.local");
        (await police.CompleteAsync(consult.Id, "agree", "Không có ý kiến khác.")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_demo_agency_users_answer_for_active_agencies_of_the_list()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var list = await officer.GetJsonAsync<PagedResult<ReferenceItemDto>>($"/api/v1/reference/Agency?on={DateTime.UtcNow:yyyy-MM-dd}&pageSize=200");
        var agencyUsers = DemoUsers.All.Where(u => u.Role == RoleNames.Agency).ToList();
        agencyUsers.Select(u => u.AgencyCode).Should().Equal(ProcedureAgencies.Finance, ProcedureAgencies.Police);
        foreach (var user in agencyUsers)
        {
            list.Items.Should().ContainSingle(i => i.Code == user.AgencyCode && i.IsActive, user.Email);
        }
        list.Items.Single(i => i.Code == ProcedureAgencies.Finance).NameVi.Should().Be("Sở Tài chính tỉnh Hưng Yên");
        list.Items.Single(i => i.Code == ProcedureAgencies.Police).NameVi.Should().Be("Công an tỉnh Hưng Yên");
    }
}
