using InvestAid.Workflows.Persistence;
using InvestAid.Workflows.Runtime.State;
using InvestAid.Workflows.Support;
using static InvestAid.Workflows.Support.BpmnXml;

namespace InvestAid.Workflows.Runtime;

/// <summary>Commands over a store: idempotent completion and optimistic concurrency.</summary>
public sealed class WorkflowServiceTests : EngineTestBase
{
    private readonly InMemoryWorkflowStore store = new();

    private WorkflowService Service => new(Engine, store, Definitions);

    private async Task<WorkflowInstance> StartParallelAsync()
    {
        var definition = Deploy(Start() + Parallel("fork") + Task("a") + Task("b") + Parallel("join") + End()
            + Flow("f0", "start", "fork") + Flow("fa", "fork", "a") + Flow("fb", "fork", "b")
            + Flow("ja", "a", "join") + Flow("jb", "b", "join") + Flow("f1", "join", "end"));
        return (await Service.StartAsync(definition.Key, "d")).Instance;
    }

    [Fact]
    public async Task Completing_again_with_the_same_key_returns_the_first_result_and_changes_nothing()
    {
        var instance = await StartParallelAsync();
        var taskId = OpenTask(instance, "a").Id;

        var first = await Service.CompleteTaskAsync(instance.Id, taskId, Officer, null, "first", null, "request-1");
        var stored = WorkflowJson.Serialize(await store.FindAsync(instance.Id));
        var second = await Service.CompleteTaskAsync(instance.Id, taskId, Officer, null, "second", null, "request-1");

        second.Should().BeEquivalentTo(first);
        WorkflowJson.Serialize(await store.FindAsync(instance.Id)).Should().Be(stored);
    }

    [Fact]
    public async Task A_new_key_on_a_completed_task_is_refused()
    {
        var instance = await StartParallelAsync();
        var taskId = OpenTask(instance, "a").Id;
        await Service.CompleteTaskAsync(instance.Id, taskId, Officer, null, null, null, "request-1");

        var act = () => Service.CompleteTaskAsync(instance.Id, taskId, Officer, null, null, null, "request-2");

        await act.Should().ThrowAsync<TaskNotOpenException>();
    }

    [Fact]
    public async Task Two_completions_from_the_same_loaded_version_cannot_both_be_saved()
    {
        var instance = await StartParallelAsync();
        var loadedByAn = (await store.FindAsync(instance.Id))!;
        var loadedByBinh = (await store.FindAsync(instance.Id))!;

        var byAn = await Engine.CompleteTaskAsync(loadedByAn, OpenTask(loadedByAn, "a").Id, new Actor("an"), null);
        var byBinh = await Engine.CompleteTaskAsync(loadedByBinh, OpenTask(loadedByBinh, "b").Id, new Actor("binh"), null);
        await store.SaveAsync(new WorkflowChangeSet([new InstanceWrite(byAn.Instance, loadedByAn.Version)]));
        var act = () => store.SaveAsync(new WorkflowChangeSet([new InstanceWrite(byBinh.Instance, loadedByBinh.Version)]));

        await act.Should().ThrowAsync<ConcurrencyException>();
        var stored = (await store.FindAsync(instance.Id))!;
        OpenTaskIds(stored).Should().Equal("b");
    }

    [Fact]
    public async Task Many_threads_completing_tasks_of_one_instance_succeed_once_per_version()
    {
        var instance = await StartParallelAsync();
        var taskIds = instance.Tasks.Select(t => t.Id).ToList();

        var outcomes = await System.Threading.Tasks.Task.WhenAll(Enumerable.Range(0, 16).Select(n => System.Threading.Tasks.Task.Run(async () =>
        {
            try
            {
                await Service.CompleteTaskAsync(instance.Id, taskIds[n % 2], Officer, null, null, null, $"request-{n}");
                return "ok";
            }
            catch (ConcurrencyException)
            {
                return "conflict";
            }
            catch (Exception ex) when (ex is TaskNotOpenException or WorkflowNotRunningException)
            {
                return "closed";
            }
        })));

        var stored = (await store.FindAsync(instance.Id))!;
        outcomes.Count(o => o == "ok").Should().Be(stored.Version - 1);
        outcomes.Count(o => o == "ok").Should().BeInRange(1, 2);
        stored.Tasks.Count(t => t.Status == WorkflowTaskStatus.Completed).Should().Be(stored.Version - 1);
    }
}
