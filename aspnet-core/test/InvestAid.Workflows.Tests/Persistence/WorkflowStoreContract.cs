using System.Text.Json.Nodes;
using InvestAid.Workflows.Runtime;
using InvestAid.Workflows.Runtime.Effects;
using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Workflows.Persistence;

/// <summary>
/// What every <see cref="IWorkflowStore"/> must do. A store's test class derives from this and
/// supplies a fresh, empty store; the PostgreSQL store runs the same facts.
/// </summary>
public abstract class WorkflowStoreContract
{
    protected abstract IWorkflowStore CreateStore();

    private static WorkflowInstance NewInstance(string businessKey = "dossier-1", params WorkflowTask[] tasks) => new()
    {
        Id = Guid.CreateVersion7(),
        DefinitionKey = "ngo-aid-approval",
        DefinitionVersion = 1,
        BusinessKey = businessKey,
        Status = WorkflowStatus.Running,
        Version = 1,
        Variables = new JsonObject { ["amount"] = 150_000, ["donor"] = "Foundation" },
        Tasks = [.. tasks],
    };

    private static WorkflowTask Task(string elementId, string? assignee = null, string[]? groups = null, WorkflowTaskStatus status = WorkflowTaskStatus.Open) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        ElementId = elementId,
        Assignee = assignee,
        CandidateGroups = [.. groups ?? []],
        Status = status,
    };

    private static WorkflowInstance NextVersion(WorkflowInstance instance, Action<WorkflowInstance>? change = null)
    {
        var next = WorkflowJson.Clone(instance);
        next.Version++;
        change?.Invoke(next);
        return next;
    }

    [Fact]
    public async Task Saves_a_new_instance_and_finds_it_with_all_its_state()
    {
        var store = CreateStore();
        var instance = NewInstance("dossier-1", Task("check", "lan"));

        await store.SaveAsync(new WorkflowChangeSet([new InstanceWrite(instance, 0)]));

        var found = await store.FindAsync(instance.Id);
        WorkflowJson.Serialize(found).Should().Be(WorkflowJson.Serialize(instance));
        (await store.FindAsync(Guid.NewGuid())).Should().BeNull();
    }

    [Fact]
    public async Task Found_instances_are_detached_copies()
    {
        var store = CreateStore();
        var instance = NewInstance();
        await store.SaveAsync(new WorkflowChangeSet([new InstanceWrite(instance, 0)]));

        var found = await store.FindAsync(instance.Id);
        found!.Variables["amount"] = 1;
        instance.Variables["amount"] = 2;

        (await store.FindAsync(instance.Id))!.Variables["amount"]!.GetValue<int>().Should().Be(150_000);
    }

    [Fact]
    public async Task Saves_a_change_made_at_the_current_version()
    {
        var store = CreateStore();
        var instance = NewInstance();
        await store.SaveAsync(new WorkflowChangeSet([new InstanceWrite(instance, 0)]));

        await store.SaveAsync(new WorkflowChangeSet([new InstanceWrite(NextVersion(instance, i => i.Status = WorkflowStatus.Completed), 1)]));

        var found = await store.FindAsync(instance.Id);
        found!.Version.Should().Be(2);
        found.Status.Should().Be(WorkflowStatus.Completed);
    }

    [Fact]
    public async Task Refuses_a_change_made_at_a_version_that_moved()
    {
        var store = CreateStore();
        var instance = NewInstance();
        await store.SaveAsync(new WorkflowChangeSet([new InstanceWrite(instance, 0)]));
        await store.SaveAsync(new WorkflowChangeSet([new InstanceWrite(NextVersion(instance), 1)]));

        var act = () => store.SaveAsync(new WorkflowChangeSet([new InstanceWrite(NextVersion(instance, i => i.BusinessKey = "stale"), 1)]));

        await act.Should().ThrowAsync<ConcurrencyException>();
        (await store.FindAsync(instance.Id))!.BusinessKey.Should().Be("dossier-1");
    }

    [Fact]
    public async Task Refuses_to_insert_an_instance_twice()
    {
        var store = CreateStore();
        var instance = NewInstance();
        await store.SaveAsync(new WorkflowChangeSet([new InstanceWrite(instance, 0)]));

        var act = () => store.SaveAsync(new WorkflowChangeSet([new InstanceWrite(instance, 0)]));

        await act.Should().ThrowAsync<ConcurrencyException>();
    }

    [Fact]
    public async Task Writes_a_change_set_all_or_nothing()
    {
        var store = CreateStore();
        var parent = NewInstance("parent");
        await store.SaveAsync(new WorkflowChangeSet([new InstanceWrite(parent, 0)]));
        var child = NewInstance("child");

        var act = () => store.SaveAsync(new WorkflowChangeSet([new InstanceWrite(child, 0), new InstanceWrite(NextVersion(parent), 5)]));

        await act.Should().ThrowAsync<ConcurrencyException>();
        (await store.FindAsync(child.Id)).Should().BeNull();
    }

    [Fact]
    public async Task Keeps_a_receipt_per_idempotency_key_and_refuses_the_key_twice()
    {
        var store = CreateStore();
        var instance = NewInstance();
        await store.SaveAsync(new WorkflowChangeSet([new InstanceWrite(instance, 0)]));
        var receipt = new CompletionReceipt(instance.Id, "t1", 2, [new TaskClosed(instance.Id, "t1", "check", false)]);

        await store.SaveAsync(new WorkflowChangeSet([new InstanceWrite(NextVersion(instance), 1)], "request-1", receipt));
        var again = () => store.SaveAsync(new WorkflowChangeSet([new InstanceWrite(NextVersion(NextVersion(instance)), 2)], "request-1", receipt));

        await again.Should().ThrowAsync<ConcurrencyException>();
        (await store.FindAsync(instance.Id))!.Version.Should().Be(2);
        var found = await store.FindReceiptAsync("request-1");
        found.Should().BeEquivalentTo(receipt);
        (await store.FindReceiptAsync("request-2")).Should().BeNull();
    }

    [Fact]
    public async Task A_completion_reads_the_receipt_of_a_used_key_else_the_instance()
    {
        var store = CreateStore();
        var instance = NewInstance();
        await store.SaveAsync(new WorkflowChangeSet([new InstanceWrite(instance, 0)]));
        var receipt = new CompletionReceipt(instance.Id, "t1", 2, []);
        await store.SaveAsync(new WorkflowChangeSet([new InstanceWrite(NextVersion(instance), 1)], "used", receipt));

        var retry = await store.FindForCompletionAsync(instance.Id, "used");
        var fresh = await store.FindForCompletionAsync(instance.Id, "new");
        var missing = await store.FindForCompletionAsync(Guid.NewGuid(), "new");

        retry.Receipt.Should().BeEquivalentTo(receipt);
        retry.Instance.Should().BeNull();
        fresh.Receipt.Should().BeNull();
        fresh.Instance!.Version.Should().Be(2);
        missing.Should().Be(new CompletionLookup(null, null));
    }

    [Fact]
    public async Task Finds_the_open_tasks_a_person_may_complete()
    {
        var store = CreateStore();
        var mine = Task("check", assignee: "lan");
        var myGroup = Task("approve", groups: ["leaders"]);
        var done = Task("receive", assignee: "lan", status: WorkflowTaskStatus.Completed);
        var other = Task("consult", groups: ["police"]);
        await store.SaveAsync(new WorkflowChangeSet([
            new InstanceWrite(NewInstance("d1", mine, done), 0), new InstanceWrite(NewInstance("d2", myGroup, other), 0)]));

        var found = await store.FindTasksAsync(new TaskQuery { ActorId = "lan", ActorGroups = ["leaders"] });

        found.Select(v => v.Task.Id).Should().BeEquivalentTo([mine.Id, myGroup.Id]);
        found.Should().Contain(v => v.Task.Id == myGroup.Id && v.BusinessKey == "d2" && v.DefinitionKey == "ngo-aid-approval");
    }

    [Fact]
    public async Task Finds_tasks_of_one_instance_or_business_key()
    {
        var store = CreateStore();
        var first = NewInstance("d1", Task("a"), Task("b", status: WorkflowTaskStatus.Cancelled));
        await store.SaveAsync(new WorkflowChangeSet([new InstanceWrite(first, 0), new InstanceWrite(NewInstance("d2", Task("c")), 0)]));

        (await store.FindTasksAsync(new TaskQuery { InstanceId = first.Id, Status = null })).Should().HaveCount(2);
        (await store.FindTasksAsync(new TaskQuery { BusinessKey = "d2" })).Should().ContainSingle(v => v.Task.ElementId == "c");
    }

    [Fact]
    public async Task Of_many_concurrent_saves_at_one_version_exactly_one_wins()
    {
        var store = CreateStore();
        var instance = NewInstance();
        await store.SaveAsync(new WorkflowChangeSet([new InstanceWrite(instance, 0)]));

        var attempts = Enumerable.Range(0, 32).Select(n => System.Threading.Tasks.Task.Run(async () =>
        {
            try
            {
                await store.SaveAsync(new WorkflowChangeSet([new InstanceWrite(NextVersion(instance, i => i.BusinessKey = $"writer-{n}"), 1)]));
                return n;
            }
            catch (ConcurrencyException)
            {
                return -1;
            }
        }));
        var results = await System.Threading.Tasks.Task.WhenAll(attempts);

        var winner = results.Should().ContainSingle(r => r >= 0).Subject;
        var stored = await store.FindAsync(instance.Id);
        stored!.Version.Should().Be(2);
        stored.BusinessKey.Should().Be($"writer-{winner}");
    }
}
