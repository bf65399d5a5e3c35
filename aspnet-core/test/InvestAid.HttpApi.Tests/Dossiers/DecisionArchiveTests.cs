using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using InvestAid.Dossiers;
using InvestAid.Procedures.Archive;
using InvestAid.Projects;
using InvestAid.TestBase;
using InvestAid.Workflows;
using Microsoft.Extensions.DependencyInjection;
using static InvestAid.HttpApi.Dossiers.DossierApi;
using InvestAid.HttpApi.Workflows;

namespace InvestAid.HttpApi.Dossiers;

/// <summary>
/// The shipped archive procedure: an approved decision is handed once to the archive (the job starts <c>decision-archive</c> per
/// dossier), the archive's service account works its external task through Camunda's REST API, and a refusal reaches the officers.
/// </summary>
public sealed class DecisionArchiveTests(ProcedureApiFactory factory)
{
    private static CreateProjectRequest NewFdi() => ProjectRequests.Fdi("Nhà máy lưu trữ " + ProjectRequests.UniqueWord()) with
    {
        Fdi = new FdiDetailsDto(null, null, 50),
        RegisteredCapitalUsd = null,
        RegisteredCapitalVnd = null,
    };

    private async Task<(ProjectDto Project, DossierDto Dossier)> ApprovedAsync()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var leader = await factory.CreateClientAsAsync("leader@investaid.local");
        var project = await officer.CreateProjectAsync(NewFdi());
        var dossier = await officer.StartDossierOkAsync(project.Id, "fdi-irc-new", new DateOnly(2025, 10, 1),
            new { capitalUsd = 2_000_000m, capitalVnd = 50_000_000_000m });
        await officer.StepAsync(dossier.Id, "check", "complete", variables: new { dossierCompleteOn = "2025-10-01" });
        await leader.StepAsync(dossier.Id, "decide", "approve", "Đồng ý cấp", new { decisionDate = "2025-10-08" });
        var decided = await officer.DossierAsync(dossier.Id);
        decided.Status.Should().Be(DossierStatus.Approved);
        return (project, decided);
    }

    private async Task<int> RunJobAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DecisionArchiveJob>().RunAsync(Ct);
    }

    private static async Task<List<ExternalTaskDto>> FetchAsync(HttpClient worker, string workerId) =>
        (await (await worker.PostAsJsonAsync("/engine-rest/external-task/fetchAndLock",
            new FetchAndLockRequest(workerId, 100, [new FetchExternalTaskTopic(DecisionArchiveJob.Topic, 60_000)]), Ct))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<List<ExternalTaskDto>>(Ct))!;

    [Fact]
    public async Task An_approved_decision_is_handed_to_the_archive_once_and_the_archive_worker_completes_it()
    {
        var (project, dossier) = await ApprovedAsync();

        (await RunJobAsync()).Should().BeGreaterThanOrEqualTo(1);
        (await RunJobAsync()).Should().Be(0, "a second run finds every approved decision handed over already");

        var worker = await factory.CreateClientAsAsync("worker.archive@investaid.local");
        var mine = (await FetchAsync(worker, "kho-luu-tru")).Where(t => t.BusinessKey == dossier.Id.ToString()).Should().ContainSingle(
            "one archive procedure per dossier, however often the job runs").Subject;
        mine.ActivityId.Should().Be("archive");
        mine.Variables!["decisionNumber"].Value!.GetValue<string>().Should().Be(dossier.DecisionNumber);
        mine.Variables["decisionDate"].Value!.GetValue<string>().Should().Be("2025-10-08");
        mine.Variables["projectName"].Value!.GetValue<string>().Should().Be(project.NameVi);

        var done = await worker.PostAsJsonAsync($"/engine-rest/external-task/{mine.Id}/complete", new CompleteExternalTaskRequest("kho-luu-tru", new()
        {
            ["archiveNo"] = new CamundaVariable(JsonValue.Create("LT-2025/0042"), "String"),
        }), Ct);
        done.StatusCode.Should().Be(HttpStatusCode.NoContent, await done.Content.ReadAsStringAsync(Ct));

        var admin = await factory.CreateClientAsAsync("admin@investaid.local");
        var instance = await admin.GetInstanceAsync(Guid.Parse(mine.ProcessInstanceId));
        instance.DefinitionKey.Should().Be(DecisionArchiveJob.ProcedureKey);
        instance.Status.Should().Be("Completed");
        instance.Variables["archiveNo"]!.GetValue<string>().Should().Be("LT-2025/0042");
        instance.History.Select(h => h.ActivityId).Should().ContainInOrder("decided", "archive", "archived");
        (await RunJobAsync()).Should().Be(0, "an archived decision is not handed over again");
    }

    [Fact]
    public async Task A_refusal_by_the_archive_ends_not_archived_and_asks_to_tell_the_officers()
    {
        var (_, dossier) = await ApprovedAsync();
        await RunJobAsync();

        var worker = await factory.CreateClientAsAsync("worker.archive@investaid.local");
        var mine = (await FetchAsync(worker, "kho-luu-tru")).Single(t => t.BusinessKey == dossier.Id.ToString());
        var refused = await worker.PostAsJsonAsync($"/engine-rest/external-task/{mine.Id}/bpmnError",
            new ExternalTaskBpmnErrorRequest("kho-luu-tru", "ARCHIVE_REFUSED", "Quyết định chưa có chữ ký số"), Ct);
        refused.StatusCode.Should().Be(HttpStatusCode.NoContent, await refused.Content.ReadAsStringAsync(Ct));

        var admin = await factory.CreateClientAsAsync("admin@investaid.local");
        var instance = await admin.GetInstanceAsync(Guid.Parse(mine.ProcessInstanceId));
        instance.Status.Should().Be("Completed");
        instance.History.Select(h => h.ActivityId).Should().Contain(["refused", "notifyRefused", "notArchived"]).And.NotContain("archived");
        instance.Variables["notifications"]!.AsArray().Should().ContainSingle(n => n!["to"]!.GetValue<string>() == "officer");
    }

    [Fact]
    public async Task A_viewer_cannot_fetch_the_archive_queue()
    {
        var viewer = await factory.CreateClientAsAsync("viewer@investaid.local");
        var response = await viewer.PostAsJsonAsync("/engine-rest/external-task/fetchAndLock",
            new FetchAndLockRequest("x", 1, [new FetchExternalTaskTopic(DecisionArchiveJob.Topic, 1000)]), Ct);
        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }
}
