using System.Net;
using System.Net.Http.Json;
using AwesomeAssertions;
using InvestAid.TestBase;
using InvestAid.Workflows;
using static InvestAid.HttpApi.Workflows.WorkflowApi;

namespace InvestAid.HttpApi.Workflows;

/// <summary>A procedure through the API against the real PostgreSQL: upload, publish, start, tasks, completion, history.</summary>
public sealed class WorkflowProcedureTests(ApiFactory factory)
{
    [Fact]
    public async Task A_procedure_runs_from_upload_to_end_and_a_repeated_completion_has_one_effect()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var approver = await factory.CreateClientAsAsync("approver@investaid.local");
        var leader = await factory.CreateClientAsAsync("leader@investaid.local");
        var key = Models.UniqueKey("flow");
        var definition = await officer.PublishAsync(Models.ThreeTasks(key), "?legalBasis=Decree%2080%2F2020%2FND-CP%20Art.%2010");
        definition.Version.Should().Be(1);
        definition.Status.Should().Be(WorkflowDefinitionStatus.Published);
        definition.LegalBasis.Should().Be("Decree 80/2020/ND-CP Art. 10");

        var started = await officer.StartAsync(new StartInstanceRequest(key, "dossier-42"));
        var review = (await officer.TasksAsync("?scope=groups&pageSize=200")).Items.Single(t => t.InstanceId == started.Id);
        review.StepId.Should().Be("review");
        (await approver.TasksAsync("?pageSize=200")).Items.Should().NotContain(t => t.InstanceId == started.Id);

        var first = await officer.CompleteOkAsync(review.TaskId, "complete", "req-1");
        var again = await officer.CompleteOkAsync(review.TaskId, "complete", "req-1");
        again.InstanceVersion.Should().Be(first.InstanceVersion);
        again.OpenedTasks.Should().BeEquivalentTo(first.OpenedTasks);
        var next = first.OpenedTasks.Should().ContainSingle("the completion answers with the step it opened").Subject;
        next.StepId.Should().Be("approve");
        next.InstanceId.Should().Be(started.Id);
        (await officer.GetInstanceAsync(started.Id)).Version.Should().Be(first.InstanceVersion);

        var approve = (await approver.TasksAsync("?pageSize=200")).Items.Single(t => t.InstanceId == started.Id);
        approve.TaskId.Should().Be(next.TaskId);
        await approver.CompleteOkAsync(approve.TaskId, null);
        var decide = (await leader.TasksAsync("?scope=groups&pageSize=200")).Items.Single(t => t.InstanceId == started.Id);
        await leader.CompleteOkAsync(decide.TaskId, "approve", "leader-1");

        var ended = await officer.GetInstanceAsync(started.Id);
        ended.Status.Should().Be("Completed");
        ended.ActiveNodes.Should().BeEmpty();
        ended.History.Where(h => h.TaskId is not null).Select(h => (h.ActivityId, h.Actor, h.Outcome)).Should().Equal(
            ("review", "officer@investaid.local", "complete"), ("approve", "approver@investaid.local", null), ("decide", "leader@investaid.local", "approve"));
        ended.History.Count(h => h.ActivityId == "review").Should().Be(1);
    }

    [Fact]
    public async Task Only_a_candidate_may_complete_and_the_outcome_must_be_one_of_the_tasks()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var viewer = await factory.CreateClientAsAsync("viewer@investaid.local");
        var key = Models.UniqueKey("perm");
        await officer.PublishAsync(Models.ThreeTasks(key));
        var started = await officer.StartAsync(new StartInstanceRequest(key, null));
        var review = started.Tasks.Single();

        await (await viewer.CompleteAsync(review.Id, "complete")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, WorkflowErrorCodes.TaskNotAssignable);
        await (await viewer.PostAsync($"/api/v1/tasks/{review.Id}/claim", null, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, WorkflowErrorCodes.TaskNotAssignable);
        await (await officer.CompleteAsync(review.Id, "maybe")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, WorkflowErrorCodes.InvalidOutcome);
        await (await viewer.PostAsJsonAsync("/api/v1/workflow-instances", new StartInstanceRequest(key, null), Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");

        var claimed = await officer.PostAsync($"/api/v1/tasks/{review.Id}/claim", null, Ct);
        claimed.EnsureSuccessStatusCode();
        (await officer.TasksAsync("?scope=mine&pageSize=200")).Items.Should().Contain(t => t.TaskId == review.Id && t.Assignee == "officer@investaid.local");

        await officer.CompleteOkAsync(review.Id, "complete");
        await (await officer.CompleteAsync(review.Id, "complete")).ShouldBeProblemAsync(HttpStatusCode.Conflict, WorkflowErrorCodes.TaskNotOpen);

        (await officer.PostAsync($"/api/v1/workflow-instances/{started.Id}/cancel", null, Ct)).EnsureSuccessStatusCode();
        var approve = (await officer.GetInstanceAsync(started.Id)).Tasks.Single(t => t.ElementId == "approve");
        approve.Status.Should().Be("Cancelled");
        await (await officer.PostAsync($"/api/v1/workflow-instances/{started.Id}/cancel", null, Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict, WorkflowErrorCodes.NotRunning);
    }

    [Fact]
    public async Task Of_parallel_completions_of_one_task_exactly_one_succeeds()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var key = Models.UniqueKey("race");
        await officer.PublishAsync(Models.ThreeTasks(key));
        var started = await officer.StartAsync(new StartInstanceRequest(key, null));
        var review = started.Tasks.Single();

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(n => officer.CompleteAsync(review.Id, "complete", $"racer-{n}")));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).Should().Be(1);
        responses.Where(r => r.StatusCode != HttpStatusCode.OK).Should().AllSatisfy(r => r.StatusCode.Should().Be(HttpStatusCode.Conflict));
        var instance = await officer.GetInstanceAsync(started.Id);
        instance.Version.Should().Be(started.Version + 1);
        instance.History.Count(h => h.ActivityId == "approve").Should().Be(1);
    }

    [Fact]
    public async Task A_new_instance_follows_the_version_in_force_on_the_given_date_or_the_pinned_one()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var key = Models.UniqueKey("law");
        await officer.PublishAsync(Models.ThreeTasks(key), "?legalBasis=Decree%2080%2F2020&effectiveFrom=2020-01-01&effectiveTo=2025-06-30");
        await officer.PublishAsync(Models.ThreeTasks(key), "?legalBasis=Decree%20313%2F2025&effectiveFrom=2025-07-01");

        (await officer.StartAsync(new StartInstanceRequest(key, null, On: new DateOnly(2025, 6, 30)))).DefinitionVersion.Should().Be(1);
        (await officer.StartAsync(new StartInstanceRequest(key, null, On: new DateOnly(2025, 7, 1)))).DefinitionVersion.Should().Be(2);
        (await officer.StartAsync(new StartInstanceRequest(key, null))).DefinitionVersion.Should().Be(2);
        (await officer.StartAsync(new StartInstanceRequest(key, null, Version: 1))).DefinitionVersion.Should().Be(1);
        await (await officer.PostAsJsonAsync("/api/v1/workflow-instances", new StartInstanceRequest(key, null, On: new DateOnly(2019, 1, 1)), Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, WorkflowErrorCodes.DefinitionNotStartable);

        (await officer.PostAsync($"/api/v1/workflow-definitions/{key}/versions/1/retire", null, Ct)).EnsureSuccessStatusCode();
        await (await officer.PostAsJsonAsync("/api/v1/workflow-instances", new StartInstanceRequest(key, null, Version: 1), Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, WorkflowErrorCodes.DefinitionNotStartable);
        var list = await officer.GetFromJsonAsync<List<WorkflowDefinitionDto>>($"/api/v1/workflow-definitions?key={key}", Ct);
        list!.Select(d => (d.Version, d.Status, d.LegalBasis)).Should().Equal(
            (1, WorkflowDefinitionStatus.Retired, "Decree 80/2020"), (2, WorkflowDefinitionStatus.Published, "Decree 313/2025"));
        (await officer.GetStringAsync($"/api/v1/workflow-definitions/{key}/versions/2/xml", Ct)).Should().Contain($"id=\"{key}\"");
    }

    [Fact]
    public async Task A_running_instance_moves_to_a_version_that_has_its_active_nodes_and_not_to_one_that_lacks_them()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var key = Models.UniqueKey("move");
        await officer.PublishAsync(Models.ThreeTasks(key));
        var started = await officer.StartAsync(new StartInstanceRequest(key, null));
        await officer.PublishAsync(Models.ThreeTasks(key));
        await officer.PublishAsync(Models.Timer(key, "PT1H"));

        var moved = await officer.PostAsJsonAsync($"/api/v1/workflow-instances/{started.Id}/migrate", new MigrateInstanceRequest(2), Ct);
        moved.EnsureSuccessStatusCode();
        (await officer.GetInstanceAsync(started.Id)).DefinitionVersion.Should().Be(2);

        var refused = await officer.PostAsJsonAsync($"/api/v1/workflow-instances/{started.Id}/migrate", new MigrateInstanceRequest(3), Ct);
        (await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, WorkflowErrorCodes.MigrationRefused))
            .GetProperty("detail").GetString().Should().Contain("review");
        (await officer.GetInstanceAsync(started.Id)).DefinitionVersion.Should().Be(2);
        var review = (await officer.GetInstanceAsync(started.Id)).Tasks.Single();
        await officer.CompleteOkAsync(review.Id, "complete");
    }
}
