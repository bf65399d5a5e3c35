using System.Net;
using System.Net.Http.Headers;
using AwesomeAssertions;
using InvestAid.Common;
using InvestAid.Dossiers;
using InvestAid.Hosting;
using InvestAid.Identity;
using InvestAid.TestBase;
using InvestAid.Workflows;
using InvestAid.Workflows.Parsing;
using static InvestAid.HttpApi.Dossiers.DossierApi;

namespace InvestAid.HttpApi.Dossiers;

/// <summary>
/// Steps are named in the request's language (the model's <c>name:en</c> property for English, its own name otherwise), in the
/// inbox, the task page, the dossier's tasks and its history; documents name their uploader by full name, e-mail alongside.
/// </summary>
public sealed class StepNameLanguageTests(ProcedureApiFactory factory)
{
    private const string CheckVi = "Kiểm tra tính đầy đủ, hợp lệ của hồ sơ";
    private const string CheckEn = "Check the dossier is complete and valid";

    [Fact]
    public void Every_named_step_of_the_shipped_procedures_has_an_English_name()
    {
        var assembly = typeof(InvestAid.Procedures.ShippedProcedure).Assembly;
        var resources = assembly.GetManifestResourceNames().Where(n => n.EndsWith(".bpmn", StringComparison.Ordinal)).ToList();
        resources.Should().HaveCountGreaterThan(10);
        foreach (var resource in resources)
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            var process = new BpmnParser().Parse(stream);
            foreach (var node in process.Nodes.Values.Where(n => !string.IsNullOrWhiteSpace(n.Name)))
            {
                node.LocalizedNames.Should().ContainKey("en", $"{resource}: {node.Id} '{node.Name}'");
                ProblemLanguage.LooksVietnamese(node.LocalizedNames["en"]).Should().BeFalse($"{resource}: {node.Id} '{node.LocalizedNames["en"]}'");
            }
        }
    }

    [Fact]
    public async Task Inbox_rows_tasks_and_history_carry_the_English_step_name_for_an_English_request()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var project = await officer.CreateProjectAsync(ProjectRequests.Ngo("Viện trợ " + ProjectRequests.UniqueWord()));
        var dossier = await officer.StartDossierOkAsync(project.Id, "ngo-aid-approval", new DateOnly(2025, 6, 2));

        var viRow = (await GetAsync<PagedResult<InboxItemDto>>(officer, "/api/v1/inbox?pageSize=200", "vi-VN")).Items.Single(i => i.DossierId == dossier.Id);
        viRow.StepName.Should().Be(CheckVi);
        var enRow = (await GetAsync<PagedResult<InboxItemDto>>(officer, "/api/v1/inbox?pageSize=200", "en-US,en;q=0.9")).Items.Single(i => i.DossierId == dossier.Id);
        enRow.StepId.Should().Be("check");
        enRow.StepName.Should().Be(CheckEn);
        (await GetAsync<TaskInboxPageDto>(officer, "/api/v1/tasks?scope=all&pageSize=200", "en")).Items
            .Single(i => i.DossierId == dossier.Id).StepName.Should().Be(CheckEn);

        (await GetAsync<TaskDetailDto>(officer, $"/api/v1/tasks/{enRow.TaskId}", "en")).Task.Name.Should().Be(CheckEn);
        (await GetAsync<TaskDetailDto>(officer, $"/api/v1/tasks/{enRow.TaskId}", null)).Task.Name.Should().Be(CheckVi, "Vietnamese is the default");

        await officer.StepAsync(dossier.Id, "check", "complete");
        var en = await GetAsync<DossierDto>(officer, $"/api/v1/dossiers/{dossier.Id}", "en");
        en.Tasks.Single(t => t.ElementId == "check").Name.Should().Be(CheckEn);
        en.History.Should().Contain(h => h.ActivityId == "check" && h.ActivityName == CheckEn)
            .And.Contain(h => h.ActivityId == "receive" && h.ActivityName == "Dossier received");
        var vi = await GetAsync<DossierDto>(officer, $"/api/v1/dossiers/{dossier.Id}", "vi");
        vi.History.Should().Contain(h => h.ActivityId == "check" && h.ActivityName == CheckVi);
        vi.Tasks.Single(t => t.ElementId == "check").Name.Should().Be(CheckVi);

        var instance = await GetAsync<WorkflowInstanceDto>(officer, $"/api/v1/workflow-instances/{dossier.WorkflowInstanceId}", "en");
        instance.History.Should().Contain(h => h.ActivityId == "check" && h.ActivityName == CheckEn);
    }

    [Fact]
    public async Task A_document_names_its_uploader_by_full_name_with_the_e_mail_alongside()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var project = await officer.CreateProjectAsync(ProjectRequests.Ngo("Viện trợ " + ProjectRequests.UniqueWord()));
        var dossier = await officer.StartDossierOkAsync(project.Id, "ngo-aid-approval", new DateOnly(2025, 6, 2));
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(TestDocuments.Pdf());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "to-trinh.pdf");
        var response = await officer.PostAsync($"/api/v1/dossiers/{dossier.Id}/documents", form, Ct);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));

        var officerName = DemoUsers.All.Single(u => u.Email == "officer@investaid.local").DisplayName;
        var uploaded = await response.ReadAsync<DossierDocumentDto>();
        uploaded.UploadedBy.Should().Be(officerName);
        uploaded.UploadedByEmail.Should().Be("officer@investaid.local");
        var listed = (await officer.DossierAsync(dossier.Id)).Documents.Should().ContainSingle().Subject;
        listed.UploadedBy.Should().Be(officerName);
        listed.UploadedByEmail.Should().Be("officer@investaid.local");
    }

    private static async Task<T> GetAsync<T>(HttpClient client, string url, string? language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }
        var response = await client.SendAsync(request, Ct);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return await response.ReadAsync<T>();
    }
}
