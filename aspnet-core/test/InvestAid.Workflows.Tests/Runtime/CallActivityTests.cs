using InvestAid.Workflows.Persistence;
using InvestAid.Workflows.Runtime.Effects;
using InvestAid.Workflows.Runtime.State;
using InvestAid.Workflows.Support;
using static InvestAid.Workflows.Support.BpmnXml;

namespace InvestAid.Workflows.Runtime;

public sealed class CallActivityTests : EngineTestBase
{
    private const string CallNotify = "<bpmn:callActivity id=\"notify\" calledElement=\"notify-donor\" />\n";

    [Fact]
    public async Task Starts_a_child_and_resumes_the_parent_when_the_child_completes()
    {
        Deploy(Start() + Task("send", """camunda:assignee="${officer}" """) + End() + Line("send"), "notify-donor");
        var parentDefinition = Deploy(Start() + CallNotify + Task("archive") + End() + Line("notify", "archive"), "approval");
        var store = new InMemoryWorkflowStore();
        var service = new WorkflowService(Engine, store, Definitions);

        var started = await service.StartAsync(parentDefinition.Key, "dossier-9", new Dictionary<string, object?> { ["officer"] = "lan" });

        var child = started.StartedChildren.Should().ContainSingle().Subject;
        child.DefinitionKey.Should().Be("notify-donor");
        child.ParentInstanceId.Should().Be(started.Instance.Id);
        child.BusinessKey.Should().Be("dossier-9");
        started.Effects.OfType<ChildInstanceStarted>().Should().ContainSingle(e => e.ChildInstanceId == child.Id);
        started.Instance.Bookmarks.Should().ContainSingle(b => b.Kind == BookmarkKind.CallActivity && b.ChildInstanceId == child.Id);

        var childTask = OpenTask(child, "send");
        childTask.Assignee.Should().Be("lan");
        await service.CompleteTaskAsync(child.Id, childTask.Id, new Actor("lan"), null, null, new Dictionary<string, object?> { ["sentOn"] = "2026-03-03" }, "k1");

        (await store.FindAsync(child.Id))!.Status.Should().Be(WorkflowStatus.Completed);
        var parent = (await store.FindAsync(started.Instance.Id))!;
        OpenTaskIds(parent).Should().Equal("archive");
        parent.Variables["sentOn"]!.GetValue<string>().Should().Be("2026-03-03");
    }

    [Fact]
    public async Task A_child_that_completes_while_the_parent_is_suspended_resumes_it_when_the_parent_is_resumed()
    {
        Deploy(Start() + Task("send", """camunda:assignee="lan" """) + End() + Line("send"), "notify-donor");
        var parentDefinition = Deploy(Start() + CallNotify + Task("archive") + End() + Line("notify", "archive"), "approval");
        var store = new InMemoryWorkflowStore();
        var service = new WorkflowService(Engine, store, Definitions);
        var started = await service.StartAsync(parentDefinition.Key, "dossier-9");
        var child = started.StartedChildren.Single();

        await service.SuspendAsync(started.Instance.Id);
        await service.CompleteTaskAsync(child.Id, OpenTask(child, "send").Id, new Actor("lan"), null, null, null, "k1");
        var whileSuspended = (await store.FindAsync(started.Instance.Id))!;
        var resumed = await service.ResumeAsync(started.Instance.Id);

        OpenTaskIds(whileSuspended).Should().BeEmpty("the suspended parent does not move");
        resumed.Instance.Status.Should().Be(WorkflowStatus.Running);
        OpenTaskIds(resumed.Instance).Should().Equal("archive");
        OpenTaskIds((await store.FindAsync(started.Instance.Id))!).Should().Equal("archive");
    }

    [Fact]
    public async Task A_child_that_completes_at_once_resumes_the_parent_in_the_same_command()
    {
        Deploy(Start() + Script("compute", "execution.setVariable('fee', 100);") + End() + Line("compute"), "notify-donor");

        var result = await Engine.StartAsync(Deploy(Start() + CallNotify + Task("archive") + End() + Line("notify", "archive"), "approval"), "d", null);

        result.StartedChildren.Single().Status.Should().Be(WorkflowStatus.Completed);
        OpenTaskIds(result.Instance).Should().Equal("archive");
        result.Instance.Variables["fee"]!.GetValue<int>().Should().Be(100);
    }

    [Fact]
    public async Task Calling_an_unknown_process_fails()
    {
        var act = () => Engine.StartAsync(Deploy(Start() + CallNotify + End() + Line("notify"), "approval"), "d", null);

        await act.Should().ThrowAsync<DefinitionNotFoundException>();
    }

    [Fact]
    public async Task Cancelling_the_parent_cancels_the_waiting_child()
    {
        Deploy(Start() + Task("send") + End() + Line("send"), "notify-donor");
        var store = new InMemoryWorkflowStore();
        var service = new WorkflowService(Engine, store, Definitions);
        var started = await service.StartAsync(Deploy(Start() + CallNotify + End() + Line("notify"), "approval").Key, "d");

        await service.CancelAsync(started.Instance.Id);

        var child = (await store.FindAsync(started.StartedChildren.Single().Id))!;
        child.Status.Should().Be(WorkflowStatus.Terminated);
        child.Tasks.Should().OnlyContain(t => t.Status == WorkflowTaskStatus.Cancelled);
    }
}
