using System.Net.Http.Json;
using System.Text;
using AwesomeAssertions;
using Hangfire;
using Hangfire.Storage.Monitoring;
using InvestAid.Common;
using InvestAid.Workflows;
using InvestAid.Workflows.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InvestAid.HttpApi.Workflows;

/// <summary>The calls the workflow tests repeat, each asserting success.</summary>
internal static class WorkflowApi
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, string xml, string query = "") =>
        client.PostAsync($"/api/v1/workflow-definitions{query}", new StringContent(xml, Encoding.UTF8, "text/xml"), Ct);

    public static async Task<WorkflowDefinitionDto> PublishAsync(this HttpClient client, string xml, string query = "")
    {
        var upload = await client.UploadAsync(xml, query);
        upload.StatusCode.Should().Be(System.Net.HttpStatusCode.Created, await upload.Content.ReadAsStringAsync(Ct));
        var created = (await upload.Content.ReadFromJsonAsync<WorkflowDefinitionDto>(Ct))!;
        var publish = await client.PostAsync($"/api/v1/workflow-definitions/{created.Key}/publish", null, Ct);
        publish.EnsureSuccessStatusCode();
        return (await publish.Content.ReadFromJsonAsync<WorkflowDefinitionDto>(Ct))!;
    }

    public static async Task<WorkflowInstanceDto> StartAsync(this HttpClient client, StartInstanceRequest request)
    {
        var response = await client.PostAsJsonAsync("/api/v1/workflow-instances", request, Ct);
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<WorkflowInstanceDto>(Ct))!;
    }

    public static async Task<WorkflowInstanceDto> GetInstanceAsync(this HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<WorkflowInstanceDto>($"/api/v1/workflow-instances/{id}", Ct))!;

    public static async Task<InvestAid.Dossiers.TaskInboxPageDto> TasksAsync(this HttpClient client, string query = "") =>
        (await client.GetFromJsonAsync<InvestAid.Dossiers.TaskInboxPageDto>($"/api/v1/tasks{query}", Ct))!;

    public static Task<HttpResponseMessage> CompleteAsync(this HttpClient client, string taskId, string? outcome, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/tasks/{taskId}/complete")
        {
            Content = JsonContent.Create(new CompleteTaskRequest(outcome, "ok")),
        };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return client.SendAsync(request, Ct);
    }

    public static async Task<TaskCompletionDto> CompleteOkAsync(this HttpClient client, string taskId, string? outcome, string? key = null)
    {
        var response = await client.CompleteAsync(taskId, outcome, key);
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<TaskCompletionDto>(Ct))!;
    }

    /// <summary>The Hangfire delayed job of the instance's one scheduled timer (id and details).</summary>
    public static KeyValuePair<string, ScheduledJobDto> ScheduledTimerJob(WebApplicationFactory<Program> factory, Guid instanceId)
    {
        EffectsHandedOver(factory);
        return factory.Services.GetRequiredService<JobStorage>().GetMonitoringApi().ScheduledJobs(0, 5000)
            .Single(j => j.Value.Job.Args.Count > 0 && Equals(j.Value.Job.Args[0], instanceId));
    }

    /// <summary>Waits until the effects of the commands answered so far are with Hangfire (the host hands them over off the request path).</summary>
    public static void EffectsHandedOver(WebApplicationFactory<Program> factory) =>
        factory.Services.GetRequiredService<WorkflowEffectQueue>().WhenIdleAsync(Ct).GetAwaiter().GetResult();
}
