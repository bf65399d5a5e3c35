using System.Net;
using System.Net.Http.Json;
using AwesomeAssertions;
using InvestAid.Errors;
using InvestAid.HttpApi.Finance;
using InvestAid.HttpApi.Projects;
using InvestAid.Projects;
using InvestAid.Proposals;
using InvestAid.TestBase;
using InvestAid.TestBase.Reports;
using InvestAid.Validation;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace InvestAid.HttpApi.Validation;

/// <summary>
/// The proposal settings per kind of change live in the database and an administrator edits them (If-Match, 412 when stale,
/// 400 naming the field, audited); the proposal policy, the automatic acceptance and the digest follow what is stored.
/// Its own database: a changed setting changes how every edit of that kind is handled.
/// </summary>
public sealed class ProposalSettingsTests(IsolatedApiFactory factory) : IClassFixture<IsolatedApiFactory>
{
    private const string Url = "/api/v1/admin/proposal-settings";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<ProposalSettingsDto> SetAsync(HttpClient admin, Func<ProposalKindSettingDto, ProposalKindSettingInput> change)
    {
        var current = await admin.GetJsonAsync<ProposalSettingsDto>(Url);
        var response = await admin.PutJsonAsync(Url, new UpdateProposalSettingsRequest([.. current.Kinds.Select(change)]), $"\"{current.Version}\"");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return await response.ReadAsync<ProposalSettingsDto>();
    }

    /// <summary>The jobs as a run of them sees them: a scope of their own.</summary>
    private ValidationJobs Jobs() => factory.Services.CreateScope().ServiceProvider.GetRequiredService<ValidationJobs>();

    private static ProposalKindSettingInput Defaults(ProposalKindSettingDto k) => new(k.Kind, false, null, true);

    [Fact]
    public async Task An_administrator_reads_and_saves_the_settings_of_every_kind_a_stale_version_is_refused_and_bad_days_name_the_field()
    {
        var admin = await factory.CreateClientAsAsync("admin@investaid.local");
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        await SetAsync(admin, Defaults);

        var read = await admin.GetAsync(Url, Ct);
        read.StatusCode.Should().Be(HttpStatusCode.OK);
        var settings = await read.ReadAsync<ProposalSettingsDto>();
        read.Headers.ETag!.Tag.Should().Be($"\"{settings.Version}\"");
        settings.Kinds.Select(k => k.Kind).Should().Equal(ProposalKinds.All);
        settings.Kinds.Should().OnlyContain(k => !k.SecondPerson && k.AutoAcceptAfterWorkingDays == null && k.InDigest);
        settings.Kinds.Single(k => k.Kind == ProposalKinds.Disbursement).LabelVi.Should().Be("Dòng giải ngân");
        (await officer.GetAsync(Url, Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden, "only an administrator reads and sets them");

        var body = new UpdateProposalSettingsRequest([.. settings.Kinds.Select(k => k.Kind == ProposalKinds.Disbursement
            ? new ProposalKindSettingInput(k.Kind, true, 5, false) : Defaults(k))]);
        var saved = await (await admin.PutJsonAsync(Url, body, $"\"{settings.Version}\"")).ReadAsync<ProposalSettingsDto>();
        var disbursement = saved.Kinds.Single(k => k.Kind == ProposalKinds.Disbursement);
        (disbursement.SecondPerson, disbursement.AutoAcceptAfterWorkingDays, disbursement.InDigest).Should().Be((true, 5, false));
        disbursement.UpdatedByName.Should().NotBeNullOrEmpty().And.NotContain("@", "who changed it is shown by name");
        saved.Version.Should().NotBe(settings.Version);
        (await admin.GetJsonAsync<ProposalSettingsDto>(Url)).Kinds.Single(k => k.Kind == ProposalKinds.Disbursement).AutoAcceptAfterWorkingDays.Should().Be(5);

        // The version read before the save is stale now; no version at all is refused too.
        await (await admin.PutJsonAsync(Url, body, $"\"{settings.Version}\"")).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, ErrorCodes.PreconditionFailed);
        (await admin.PutJsonAsync(Url, body, null)).StatusCode.Should().Be((HttpStatusCode)428);
        (await officer.PutJsonAsync(Url, body, $"\"{saved.Version}\"")).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        // Bad values name the field, in the request's language, and nothing is saved.
        var negative = new UpdateProposalSettingsRequest([.. saved.Kinds.Select(k => k.Kind == ProposalKinds.ProjectData
            ? new ProposalKindSettingInput(k.Kind, false, -2, true) : Defaults(k))]);
        var problem = await (await admin.PutJsonAsync(Url, negative, $"\"{saved.Version}\"")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        problem.GetProperty("errors").GetProperty("kinds[0].autoAcceptAfterWorkingDays")[0].GetString().Should().Contain("ngày làm việc");
        var missing = new UpdateProposalSettingsRequest([new ProposalKindSettingInput(ProposalKinds.ProjectData, false, null, true)]);
        (await (await admin.PutJsonAsync(Url, missing, $"\"{saved.Version}\"")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed))
            .GetProperty("errors").TryGetProperty("kinds", out _).Should().BeTrue();
        var unknown = new UpdateProposalSettingsRequest([.. saved.Kinds.Select(Defaults), new ProposalKindSettingInput("budget", false, null, true)]);
        (await (await admin.PutJsonAsync(Url, unknown, $"\"{saved.Version}\"")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed))
            .GetProperty("errors").TryGetProperty("kinds[3].kind", out _).Should().BeTrue();
        var after = await admin.GetJsonAsync<ProposalSettingsDto>(Url);
        (after.Version, after.Kinds.Single(k => k.Kind == ProposalKinds.ProjectData).AutoAcceptAfterWorkingDays).Should().Be((saved.Version, null));

        // Audited, with what changed.
        await using var conn = new NpgsqlConnection(factory.Database.ConnectionString);
        await conn.OpenAsync(Ct);
        await using var cmd = new NpgsqlCommand("SELECT summary FROM audit_entries WHERE entity_type = 'proposal-settings' ORDER BY at DESC LIMIT 1", conn);
        ((string?)await cmd.ExecuteScalarAsync(Ct)).Should().Contain("Dòng giải ngân: cán bộ sửa cần người thứ hai, tự động xác nhận sau 5 ngày làm việc");
    }

    [Fact]
    public async Task Once_the_setting_asks_for_a_second_person_an_officers_edit_waits_and_another_person_accepts_it()
    {
        var admin = await factory.CreateClientAsAsync("admin@investaid.local");
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        await SetAsync(admin, Defaults);
        var project = await (await officer.PostJsonAsync("/api/v1/projects", ProjectRequests.Oda("Hai người " + ProjectRequests.UniqueWord()))).ReadAsync<ProjectDto>();
        var direct = await officer.PutJsonAsync($"/api/v1/projects/{project.Id}", ProjectRegistryTests.ToUpdate(project) with { Address = "Số 7" }, $"\"{project.Version}\"");
        direct.StatusCode.Should().Be(HttpStatusCode.OK, "switched off, an officer's own edit counts at once");
        project = await direct.ReadAsync<ProjectDto>();

        await SetAsync(admin, k => k.Kind == ProposalKinds.ProjectData ? new(k.Kind, true, null, true) : Defaults(k));
        var edit = await officer.PutJsonAsync($"/api/v1/projects/{project.Id}", ProjectRegistryTests.ToUpdate(project) with { Address = "Số 9" }, $"\"{project.Version}\"");
        edit.StatusCode.Should().Be(HttpStatusCode.Accepted, "switched on, the same edit waits for a second person");
        var proposal = await edit.ReadAsync<ProposalDto>();
        (await officer.GetJsonAsync<ProjectDto>($"/api/v1/projects/{project.Id}")).Address.Should().Be("Số 7");
        await (await officer.PostJsonAsync($"/api/v1/proposals/{proposal.Id}/accept", new AcceptProposalRequest()))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, ErrorCodes.ProposalSamePerson);
        (await admin.PostJsonAsync($"/api/v1/proposals/{proposal.Id}/accept", new AcceptProposalRequest())).EnsureSuccessStatusCode();
        (await officer.GetJsonAsync<ProjectDto>($"/api/v1/projects/{project.Id}")).Address.Should().Be("Số 9");
        await SetAsync(admin, Defaults);
    }

    [Fact]
    public async Task The_automatic_acceptance_follows_the_days_stored_per_kind_once_and_the_digest_only_the_kinds_set_for_it()
    {
        var admin = await factory.CreateClientAsAsync("admin@investaid.local");
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var owner = await factory.CreateClientAsAsync("owner@investaid.local");
        await SetAsync(admin, Defaults);
        var project = await FinanceData.OdaAsync(officer, await FinanceData.UserIdAsync(factory, "owner@investaid.local"));
        var old = await (await owner.PostJsonAsync($"/api/v1/projects/{project.Id}/proposals/project-data",
            new ProjectDataProposalRequest(ProjectRegistryTests.ToUpdate(project) with { Address = "Địa chỉ tự động" }, "Cập nhật địa chỉ"))).ReadAsync<ProposalDto>();
        var fresh = await (await owner.PostJsonAsync($"/api/v1/projects/{project.Id}/proposals/project-data",
            new ProjectDataProposalRequest(ProjectRegistryTests.ToUpdate(project) with { Objectives = "Chưa đến hạn" }, "Mục tiêu"))).ReadAsync<ProposalDto>();
        await using (var conn = new NpgsqlConnection(factory.Database.ConnectionString))
        {
            await conn.OpenAsync(Ct);
            await using var cmd = new NpgsqlCommand("UPDATE change_proposals SET proposed_at = proposed_at - interval '20 days' WHERE id = $1", conn);
            cmd.Parameters.AddWithValue(old.Id);
            await cmd.ExecuteNonQueryAsync(Ct);
        }

        (await Jobs().AutoAcceptAsync(Ct)).Should().Be(0, "no kind is accepted automatically by default");
        await SetAsync(admin, k => k.Kind == ProposalKinds.Disbursement ? new(k.Kind, false, 3, true) : Defaults(k));
        (await Jobs().AutoAcceptAsync(Ct)).Should().Be(0, "the days set for disbursements do not apply to project data");
        (await officer.GetJsonAsync<ProposalDto>($"/api/v1/proposals/{old.Id}")).Status.Should().Be(ProposalStatus.Pending);

        await SetAsync(admin, k => k.Kind == ProposalKinds.ProjectData ? new(k.Kind, false, 3, false) : new(k.Kind, false, null, false));
        (await Jobs().AutoAcceptAsync(Ct)).Should().Be(1);
        (await Jobs().AutoAcceptAsync(Ct)).Should().Be(0, "a second run accepts nothing twice");
        var taken = await officer.GetJsonAsync<ProposalDto>($"/api/v1/proposals/{old.Id}");
        (taken.Status, taken.AutoAccepted).Should().Be((ProposalStatus.Accepted, true));
        (await officer.GetJsonAsync<ProposalDto>($"/api/v1/proposals/{fresh.Id}")).Status.Should().Be(ProposalStatus.Pending);
        (await officer.GetJsonAsync<ProjectDto>($"/api/v1/projects/{project.Id}")).Address.Should().Be("Địa chỉ tự động");

        var day = DateTimeOffset.UtcNow.AddDays(Random.Shared.Next(2_000, 40_000));
        (await Jobs().DigestAsync(day, Ct)).Should().Be(0, "no kind is set for the digest");
        await SetAsync(admin, k => k.Kind == ProposalKinds.ProjectData ? new(k.Kind, false, null, true) : new(k.Kind, false, null, false));
        (await Jobs().DigestAsync(day, Ct)).Should().BeGreaterThan(0, "the fresh proposal is still pending and project data is in the digest");
        (await Jobs().DigestAsync(day, Ct)).Should().Be(0, "one digest a day");
        await SetAsync(admin, Defaults);
    }
}
