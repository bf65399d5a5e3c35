using System.Net;
using System.Net.Http.Headers;
using AwesomeAssertions;
using InvestAid.Dossiers;
using InvestAid.Errors;
using InvestAid.TestBase;
using InvestAid.Workflows;
using static InvestAid.HttpApi.Dossiers.DossierApi;

namespace InvestAid.HttpApi.Dossiers;

/// <summary>Who sees which dossier, document uploads checked by content and size, and bad task completions.</summary>
public sealed class DossierAccessAndDocumentTests(ProcedureApiFactory factory)
{
    private async Task<(HttpClient Officer, DossierDto Dossier)> NgoDossierAsync(object? variables = null)
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var project = await officer.CreateProjectAsync(ProjectRequests.Ngo("Viện trợ " + ProjectRequests.UniqueWord()));
        return (officer, await officer.StartDossierOkAsync(project.Id, "ngo-aid-approval", new DateOnly(2025, 6, 2), variables));
    }

    [Fact]
    public async Task An_agency_sees_only_dossiers_it_was_consulted_on_and_an_owner_only_its_own()
    {
        var (officer, asked) = await NgoDossierAsync(new { agencies = new[] { "STC" } });
        var (_, notAsked) = await NgoDossierAsync(new { agencies = new[] { "CAT" } });
        await officer.StepAsync(asked.Id, "check", "complete");
        await officer.StepAsync(notAsked.Id, "check", "complete");
        var agency = await factory.CreateClientAsAsync("agency.finance@investaid.local");
        var owner = await factory.CreateClientAsAsync("owner@investaid.local");

        (await agency.GetAsync($"/api/v1/dossiers/{asked.Id}", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await agency.GetAsync($"/api/v1/dossiers/{notAsked.Id}", Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await owner.GetAsync($"/api/v1/dossiers/{asked.Id}", Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound, "not the owner's project");
        var inbox = await agency.GetJsonAsync<InvestAid.Common.PagedResult<InboxItemDto>>("/api/v1/inbox?pageSize=200");
        inbox.Items.Should().Contain(i => i.DossierId == asked.Id).And.NotContain(i => i.DossierId == notAsked.Id);
        inbox.Items.Should().OnlyContain(i => i.CandidateGroups.Contains("agency:STC"));
        var row = inbox.Items.First(i => i.DossierId == asked.Id);
        row.WorkingDaysLeft.Should().NotBeNull();
        row.Outcomes.Should().Equal("agree", "disagree");

        var page = await agency.GetJsonAsync<TaskDetailDto>($"/api/v1/tasks/{row.TaskId}");
        page.Dossier!.Id.Should().Be(asked.Id);
        page.PreviousSteps.Should().Contain(h => h.ActivityId == "check" && h.Comment == "ok");
        var officersCheck = (await officer.DossierAsync(notAsked.Id)).Tasks.First(t => t.ElementId == "consult");
        (await agency.GetAsync($"/api/v1/tasks/{officersCheck.Id}", Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Documents_are_checked_by_content_stored_once_and_downloaded_with_their_Vietnamese_name()
    {
        var (officer, dossier) = await NgoDossierAsync();
        var pdf = TestDocuments.Pdf();

        var first = await UploadAsync(officer, dossier.Id, pdf, "../../etc/Tờ trình đề nghị phê duyệt.pdf");
        first.StatusCode.Should().Be(HttpStatusCode.Created, await first.Content.ReadAsStringAsync(Ct));
        var document = await first.ReadAsync<DossierDocumentDto>();
        document.FileName.Should().Be("Tờ trình đề nghị phê duyệt.pdf", "only the last segment of a name is kept, never used as a path");
        document.ContentType.Should().Be("application/pdf");
        var again = await (await UploadAsync(officer, dossier.Id, pdf, "copy.pdf")).ReadAsync<DossierDocumentDto>();
        again.Id.Should().Be(document.Id, "the same content is attached once");
        Directory.GetFiles(factory.StorageRoot, document.Sha256, SearchOption.AllDirectories).Should().ContainSingle();

        var download = await officer.GetAsync($"/api/v1/dossiers/{dossier.Id}/documents/{document.Id}", Ct);
        download.StatusCode.Should().Be(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync(Ct)).Should().Equal(pdf);
        download.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("Tờ trình đề nghị phê duyệt.pdf");

        var exe = await UploadAsync(officer, dossier.Id, [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00], "hop-dong.pdf");
        (await exe.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed)).GetProperty("errors").TryGetProperty("file", out _).Should().BeTrue();
        var eicar = await UploadAsync(officer, dossier.Id, [.. pdf, .. "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"u8.ToArray()], "virus.pdf");
        await eicar.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        var big = await UploadAsync(officer, dossier.Id, [.. pdf, .. new byte[DossierConsts.MaxDocumentBytes]], "lon.pdf");
        await big.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, ErrorCodes.PayloadTooLarge);
        (await officer.DossierAsync(dossier.Id)).Documents.Should().ContainSingle();
    }

    [Fact]
    public async Task A_full_disk_is_a_507_ProblemDetails_and_keeps_nothing_of_the_upload()
    {
        var (officer, dossier) = await NgoDossierAsync();
        byte[] pdf = [.. TestDocuments.Pdf(), .. "%TEST-DISK-FULL\n"u8.ToArray()];

        var full = await UploadAsync(officer, dossier.Id, pdf, "ho-so.pdf");

        var problem = await full.ShouldBeProblemAsync((HttpStatusCode)507, ErrorCodes.StorageFull);
        problem.GetProperty("detail").GetString().Should().NotContain("No space left", "the client gets our words, not the system's");
        (await officer.DossierAsync(dossier.Id)).Documents.Should().BeEmpty();
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf));
        Directory.GetFiles(factory.StorageRoot, sha, SearchOption.AllDirectories).Should().BeEmpty();
        Directory.GetFiles(Path.Combine(factory.StorageRoot, "staging")).Should().BeEmpty();
    }

    [Fact]
    public async Task Bad_completions_get_clear_4xx_and_change_nothing()
    {
        var (officer, dossier) = await NgoDossierAsync();
        var leader = await factory.CreateClientAsAsync("leader@investaid.local");
        var check = await officer.OpenTaskAsync(dossier.Id, "check");

        (await leader.CompleteAsync(check.Id, "complete")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        await (await officer.CompleteAsync(check.Id, "maybe")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, WorkflowErrorCodes.InvalidOutcome);
        (await officer.DossierAsync(dossier.Id)).Tasks.Single(t => t.ElementId == "check").Status.Should().Be("Open");

        var key = Guid.NewGuid().ToString("N");
        (await officer.CompleteAsync(check.Id, "complete", key: key)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await officer.CompleteAsync(check.Id, "complete", key: key)).StatusCode.Should().Be(HttpStatusCode.OK, "same key, same answer");
        (await officer.CompleteAsync(check.Id, "complete", key: Guid.NewGuid().ToString("N"))).StatusCode.Should().Be(HttpStatusCode.Conflict);

        var appraise = await officer.OpenTaskAsync(dossier.Id, "appraise");
        (await officer.PostAsync($"/api/v1/workflow-instances/{dossier.WorkflowInstanceId}/cancel", null, Ct)).EnsureSuccessStatusCode();
        (await officer.CompleteAsync(appraise.Id, null)).StatusCode.Should().Be(HttpStatusCode.Conflict);
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid dossierId, byte[] content, string name)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", name);
        return client.PostAsync($"/api/v1/dossiers/{dossierId}/documents", form, Ct);
    }
}
