using System.Net;
using AwesomeAssertions;
using InvestAid.CapitalContributions;
using InvestAid.Common;
using InvestAid.Errors;
using InvestAid.HttpApi.Dossiers;
using InvestAid.HttpApi.Security;
using InvestAid.Identity;
using InvestAid.TestBase;
using static InvestAid.HttpApi.Dossiers.DossierApi;

namespace InvestAid.HttpApi.CapitalContributions;

/// <summary>
/// A capital contribution may name the registered project it concerns, and then follows that project's figure scope
/// (docs/security.md): its owner and the agencies consulted on its dossiers see it in the list, the detail and the Excel file;
/// department staff, approvers, leaders and viewers see every notice; a notice linked to no project only they see.
/// </summary>
public sealed class ContributionScopeTests(ProcedureApiFactory factory)
{
    private sealed record Seeded(string Word, Guid MineProject, CapitalContributionDto Mine, CapitalContributionDto Theirs, CapitalContributionDto Unlinked);

    /// <summary>
    /// The demo owner's project (its dossier consults the finance agency, STC) and another owner's (consulting the police, CAT),
    /// a notice on each and one on no project, all sharing one search word.
    /// </summary>
    private async Task<Seeded> SeedAsync(HttpClient officer)
    {
        var word = ProjectRequests.UniqueWord();
        var owner = await factory.CreateClientAsAsync("owner@investaid.local");
        var me = await owner.GetJsonAsync<CurrentUserDto>("/api/account/me");
        var other = await InstanceAndTaskScopeTests.CreateOwnerAsync(factory);
        var mine = await officer.CreateProjectAsync(ProjectRequests.Fdi("Nhà máy góp vốn " + word) with { OwnerUserId = me.Id });
        var theirs = await officer.CreateProjectAsync(ProjectRequests.Fdi("Nhà máy khác " + word) with { OwnerUserId = other });
        foreach (var (project, agency) in new[] { (mine.Id, "STC"), (theirs.Id, "CAT") })
        {
            var dossier = await officer.StartDossierOkAsync(project, "ngo-aid-approval", new DateOnly(2025, 6, 2), new { agencies = new[] { agency } });
            await officer.StepAsync(dossier.Id, "check", "complete");
        }
        return new Seeded(word, mine.Id,
            await CreateAsync(officer, Input(word, 1_000_000m, mine.Id)),
            await CreateAsync(officer, Input(word, 2_000_000m, theirs.Id)),
            await CreateAsync(officer, Input(word, 3_000_000m, null)));
    }

    private static CapitalContributionInput Input(string word, decimal usd, Guid? project) =>
        new("Hanwha Invest " + word, "KR", "Công ty CP Linh kiện " + word, null, usd, null, new DateOnly(2026, 4, 20), null, null, null, null, project);

    private static async Task<CapitalContributionDto> CreateAsync(HttpClient officer, CapitalContributionInput input)
    {
        var response = await officer.PostJsonAsync("/api/v1/capital-contributions", input);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return await response.ReadAsync<CapitalContributionDto>();
    }

    [Fact]
    public async Task An_owner_lists_opens_and_exports_the_contributions_of_its_own_projects_only()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var s = await SeedAsync(officer);
        var owner = await factory.CreateClientAsAsync("owner@investaid.local");

        var list = await owner.GetJsonAsync<PagedResult<CapitalContributionDto>>($"/api/v1/capital-contributions?q={s.Word}");

        list.Items.Select(c => c.Id).Should().Equal(s.Mine.Id);
        list.TotalCount.Should().Be(1);
        list.Items[0].ProjectId.Should().Be(s.MineProject);
        list.Items[0].ProjectNameVi.Should().Be("Nhà máy góp vốn " + s.Word, "the list names the project");
        (await owner.GetAsync($"/api/v1/capital-contributions/{s.Mine.Id}", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await owner.GetAsync($"/api/v1/capital-contributions/{s.Theirs.Id}", Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await owner.GetAsync($"/api/v1/capital-contributions/{s.Unlinked.Id}", Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var rows = await ExcelAsync(owner, $"/api/v1/capital-contributions/xlsx?q={s.Word}");
        rows.Select(r => Convert.ToDecimal(r["Giá trị (USD)"], System.Globalization.CultureInfo.InvariantCulture)).Should().Equal(1_000_000m);
        rows[0]["Dự án"].Should().Be("Nhà máy góp vốn " + s.Word, "the Excel file names the project, not its id");
    }

    [Fact]
    public async Task An_agency_sees_the_contributions_of_projects_whose_dossiers_consulted_it_and_staff_see_all()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var s = await SeedAsync(officer);
        var finance = await factory.CreateClientAsAsync("agency.finance@investaid.local");
        var police = await factory.CreateClientAsAsync("agency.police@investaid.local");
        var viewer = await factory.CreateClientAsAsync("viewer@investaid.local");
        var url = $"/api/v1/capital-contributions?q={s.Word}";

        (await finance.GetJsonAsync<PagedResult<CapitalContributionDto>>(url)).Items.Select(c => c.Id).Should().Equal(s.Mine.Id);
        (await police.GetJsonAsync<PagedResult<CapitalContributionDto>>(url)).Items.Select(c => c.Id).Should().Equal(s.Theirs.Id);
        (await viewer.GetJsonAsync<PagedResult<CapitalContributionDto>>(url)).Items.Select(c => c.Id)
            .Should().BeEquivalentTo([s.Mine.Id, s.Theirs.Id, s.Unlinked.Id]);
        (await finance.GetAsync($"/api/v1/capital-contributions/{s.Mine.Id}", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await finance.GetAsync($"/api/v1/capital-contributions/{s.Theirs.Id}", Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ExcelAsync(finance, url.Replace("contributions?", "contributions/xlsx?"))).Should().ContainSingle();
        (await ExcelAsync(officer, url.Replace("contributions?", "contributions/xlsx?"))).Should().HaveCount(3);
    }

    [Fact]
    public async Task An_unknown_project_is_a_400_naming_projectId_and_nothing_is_stored()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var word = ProjectRequests.UniqueWord();
        var missing = Guid.NewGuid();

        var created = await officer.PostJsonAsync("/api/v1/capital-contributions", Input(word, 500_000m, missing));
        var body = await created.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);

        body.GetProperty("errors").TryGetProperty("projectId", out _).Should().BeTrue(body.ToString());
        body.ToString().Should().NotContain(missing.ToString(), "the message names no id");
        (await officer.GetJsonAsync<PagedResult<CapitalContributionDto>>($"/api/v1/capital-contributions?q={word}")).TotalCount.Should().Be(0);

        var stored = await CreateAsync(officer, Input(word, 500_000m, null));
        var edited = await officer.PutJsonAsync($"/api/v1/capital-contributions/{stored.Id}", Input(word, 600_000m, missing), $"\"{stored.Version}\"");
        (await edited.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed)).GetProperty("errors").TryGetProperty("projectId", out _).Should().BeTrue();
        var after = await officer.GetJsonAsync<CapitalContributionDto>($"/api/v1/capital-contributions/{stored.Id}");
        after.ValueUsd.Should().Be(500_000m, "the rejected update changed nothing");
        after.ProjectId.Should().BeNull();
    }

    private static async Task<List<IDictionary<string, object?>>> ExcelAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        return MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
    }
}
