using InvestAid.Workflows.Bpmn;
using InvestAid.Workflows.Parsing;
using InvestAid.Workflows.Persistence;
using InvestAid.Workflows.Runtime.Effects;
using InvestAid.Workflows.Runtime.State;
using InvestAid.Workflows.Support;

namespace InvestAid.Workflows.Runtime;

/// <summary>A model saved unchanged by Camunda Modeler 5 runs from start to end.</summary>
public sealed class CamundaModelerModelTests : EngineTestBase
{
    private static BpmnProcess Load()
    {
        using var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Resources", "ngo-aid-approval.camunda.bpmn"));
        return new BpmnParser().Parse(file);
    }

    [Fact]
    public void Parses_with_camunda_attributes_and_ignores_the_diagram()
    {
        var process = Load();

        process.Key.Should().Be("ngo-aid-approval");
        var check = (UserTask)process.Node("Activity_check");
        check.Assignee.Should().Be("${officer}");
        check.FormKey.Should().Be("camunda-forms:deployment:check.form");
        ((UserTask)process.Node("Activity_decide")).CandidateGroups.Should().Equal("leaders");
        ((ServiceTask)process.Node("Activity_setStatus")).Handler.Should().Be("project.setStatus");
        process.Nodes.Should().HaveCount(13);
    }

    [Fact]
    public async Task Runs_to_the_end_through_supplement_consultation_reminder_and_approval()
    {
        var setStatus = new RecordingHandler("project.setStatus");
        var notify = new RecordingHandler("notify");
        Handlers.AddRange([setStatus, notify]);
        var definition = Definitions.Publish(Load());
        var store = new InMemoryWorkflowStore();
        var service = new WorkflowService(Engine, store, Definitions);

        var started = await service.StartAsync(definition.Key, "ngo-2026-001", new Dictionary<string, object?>
        {
            ["officer"] = "lan",
            ["agencies"] = new[] { "finance", "police" },
        });
        var id = started.Instance.Id;
        var check = OpenTask(started.Instance, "Activity_check");
        check.DueAt.Should().Be(Clock.Now.AddDays(3));

        // Incomplete: wait for the applicant's supplement, then check again.
        await service.CompleteTaskAsync(id, check.Id, new Actor("lan"), null, "missing the donor letter", new Dictionary<string, object?> { ["complete"] = false }, "c1");
        await service.DeliverMessageAsync(id, "dossierSupplemented");
        var instance = (await store.FindAsync(id))!;
        await service.CompleteTaskAsync(id, OpenTask(instance, "Activity_check").Id, new Actor("lan"), null, null, new Dictionary<string, object?> { ["complete"] = true }, "c2");

        instance = (await store.FindAsync(id))!;
        var consultations = instance.Tasks.Where(t => t.ElementId == "Activity_consult").ToList();
        consultations.Select(t => t.CandidateGroups.Single()).Should().Equal("finance", "police");
        consultations[0].DueAt.Should().Be(Clock.Now.AddDays(14));

        var reminder = await service.FireTimerAsync(id, TimerBookmark(instance, "Event_reminder"));
        notify.Calls.Should().ContainSingle().Which.Inputs["template"]!.GetValue<string>().Should().Be("consultation-reminder");
        reminder.Instance.Tasks.Count(t => t.ElementId == "Activity_consult" && t.Status == WorkflowTaskStatus.Open).Should().Be(2);

        foreach (var task in consultations)
        {
            await service.CompleteTaskAsync(id, task.Id, new Actor("clerk", task.CandidateGroups[0]), null, null, null, "consult-" + task.Id);
        }

        instance = (await store.FindAsync(id))!;
        var decide = OpenTask(instance, "Activity_decide");
        var receipt = await service.CompleteTaskAsync(id, decide.Id, new Actor("director", "leaders"), null, "approved", new Dictionary<string, object?> { ["decision"] = "approve" }, "d1");

        var final = (await store.FindAsync(id))!;
        final.Status.Should().Be(WorkflowStatus.Completed);
        final.Tokens.Should().BeEmpty();
        final.Bookmarks.Should().BeEmpty();
        setStatus.Calls.Should().ContainSingle().Which.Inputs["status"]!.GetValue<string>().Should().Be("Approved");
        receipt.Effects.OfType<ServiceTaskInvoked>().Should().ContainSingle();
        final.History.Select(h => h.ActivityId).Should().ContainInOrder(
            "StartEvent_1", "Activity_check", "Gateway_complete", "Event_supplement", "Activity_check", "Activity_consult", "Activity_decide", "Activity_setStatus", "Event_approved");
        final.History.Should().OnlyContain(h => h.Ended != null);
    }
}
