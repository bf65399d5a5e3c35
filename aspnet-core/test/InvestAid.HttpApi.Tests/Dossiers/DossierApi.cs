using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using InvestAid.Dossiers;
using InvestAid.Projects;
using InvestAid.TestBase;
using InvestAid.Workflows;

namespace InvestAid.HttpApi.Dossiers;

/// <summary>The calls the procedure tests repeat.</summary>
internal static class DossierApi
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<ProjectDto> CreateProjectAsync(this HttpClient officer, CreateProjectRequest request) =>
        await (await officer.PostJsonAsync("/api/v1/projects", request)).ReadAsync<ProjectDto>();

    public static Task<HttpResponseMessage> StartDossierAsync(this HttpClient client, Guid projectId, string key, DateOnly receivedOn, object? variables = null) =>
        client.PostJsonAsync($"/api/v1/projects/{projectId}/dossiers",
            new { procedureKey = key, receivedOn, applicant = new { name = "Nguyễn Văn An", contact = "0912 345 678" }, variables });

    public static async Task<DossierDto> StartDossierOkAsync(this HttpClient client, Guid projectId, string key, DateOnly receivedOn, object? variables = null)
    {
        var response = await client.StartDossierAsync(projectId, key, receivedOn, variables);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return await response.ReadAsync<DossierDto>();
    }

    public static Task<DossierDto> DossierAsync(this HttpClient client, Guid id) => client.GetJsonAsync<DossierDto>($"/api/v1/dossiers/{id}");

    public static async Task<WorkflowTaskDto> OpenTaskAsync(this HttpClient client, Guid dossierId, string elementId)
    {
        var dossier = await client.DossierAsync(dossierId);
        return dossier.Tasks.Single(t => t.ElementId == elementId && t.Status == "Open");
    }

    public static Task<HttpResponseMessage> CompleteAsync(this HttpClient client, string taskId, string? outcome, string? comment = "ok",
        object? variables = null, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/tasks/{taskId}/complete")
        {
            Content = JsonContent.Create(new { outcome, comment, variables }, options: TestJson.Options),
        };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }
        return client.SendAsync(request, Ct);
    }

    /// <summary>
    /// The required fields of the shipped procedures' forms (Procedures/Forms) at the steps that have them: the completeness
    /// checklist and the appraisal findings; a step's own variables win.
    /// </summary>
    public static object? WithFormValues(string elementId, object? variables)
    {
        JsonObject? defaults = elementId switch
        {
            "check" => new JsonObject { ["receivedDocuments"] = new JsonArray("request", "proposal") },
            "draft" => new JsonObject { ["appraisalFindings"] = "Hồ sơ đáp ứng các điều kiện theo quy định." },
            _ => null,
        };
        if (defaults is null)
        {
            return variables;
        }

        if (variables is not null && JsonSerializer.SerializeToNode(variables, TestJson.Options) is JsonObject given)
        {
            foreach (var (name, value) in given)
            {
                defaults[name] = value?.DeepClone();
            }
        }

        return defaults;
    }

    /// <summary>Completes the open task of <paramref name="elementId"/> (with its form's required fields) and asserts 200.</summary>
    public static async Task StepAsync(this HttpClient client, Guid dossierId, string elementId, string? outcome, string? comment = "ok", object? variables = null)
    {
        var task = await client.OpenTaskAsync(dossierId, elementId);
        var response = await client.CompleteAsync(task.Id, outcome, comment, WithFormValues(elementId, variables));
        response.StatusCode.Should().Be(HttpStatusCode.OK, $"{elementId}: {await response.Content.ReadAsStringAsync(Ct)}");
    }

    public static JsonElement Json(this DossierDto dto) => JsonSerializer.SerializeToElement(dto, TestJson.Options);
}
