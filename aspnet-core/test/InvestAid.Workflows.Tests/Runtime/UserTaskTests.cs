using InvestAid.Workflows.Runtime.Effects;
using InvestAid.Workflows.Runtime.State;
using InvestAid.Workflows.Support;
using static InvestAid.Workflows.Support.BpmnXml;

namespace InvestAid.Workflows.Runtime;

public sealed class UserTaskTests : EngineTestBase
{
    private static string Approval(string attributes) => Start() + Task("decide", attributes) + End() + Line("decide");

    [Fact]
    public async Task Creates_the_task_with_resolved_assignee_candidates_and_due_date()
    {
        var result = await Engine.StartAsync(
            Deploy(Approval("""camunda:assignee="${officer}" camunda:candidateGroups="leaders,${agency}" camunda:dueDate="P2WD" camunda:formKey="decide-form" """)),
            "dossier-7", new Dictionary<string, object?> { ["officer"] = "lan", ["agency"] = "finance" });

        var task = OpenTask(result.Instance, "decide");
        task.Assignee.Should().Be("lan");
        task.CandidateGroups.Should().Equal("leaders", "finance");
        task.FormKey.Should().Be("decide-form");
        task.DueAt.Should().Be(Clock.Now.AddDays(2));
        result.Effects.OfType<TaskCreated>().Should().ContainSingle(e => e.TaskId == task.Id && e.Assignee == "lan");
    }

    [Fact]
    public async Task Priority_and_follow_up_date_are_literals_or_durations_resolved_at_creation()
    {
        var instance = await StartAsync(Approval("""camunda:priority="80" camunda:followUpDate="P1WD" camunda:dueDate="P3D" """));

        var task = OpenTask(instance, "decide");
        task.Priority.Should().Be(80);
        task.FollowUpAt.Should().Be(Clock.Now.AddDays(1));
        task.DueAt.Should().Be(Clock.Now.AddDays(3));
    }

    [Fact]
    public async Task Priority_and_follow_up_date_may_be_expressions()
    {
        var result = await Engine.StartAsync(
            Deploy(Approval("""camunda:priority="${urgent ? 90 : 20}" camunda:followUpDate="${reviewOn}" """)),
            "dossier-8", new Dictionary<string, object?> { ["urgent"] = true, ["reviewOn"] = "2026-05-04T09:00:00+07:00" });

        var task = OpenTask(result.Instance, "decide");
        task.Priority.Should().Be(90);
        task.FollowUpAt.Should().Be(new DateTimeOffset(2026, 5, 4, 9, 0, 0, TimeSpan.FromHours(7)));
    }

    [Fact]
    public async Task Without_them_the_priority_is_Camundas_default_50_and_there_is_no_follow_up_date()
    {
        var task = OpenTask(await StartAsync(Approval("")), "decide");

        task.Priority.Should().Be(50);
        task.FollowUpAt.Should().BeNull();
    }

    [Theory]
    [InlineData("""camunda:priority="high" """, "priority 'high'")]
    [InlineData("""camunda:priority="${2.5}" """, "priority '2.5'")]
    [InlineData("""camunda:followUpDate="next week" """, "follow-up date 'next week'")]
    public async Task A_priority_or_follow_up_date_that_is_not_valid_fails_the_command_naming_the_task(string attributes, string named)
    {
        var act = () => StartAsync(Approval(attributes));

        var thrown = (await act.Should().ThrowAsync<ScriptException>()).Which;
        thrown.ElementId.Should().Be("decide");
        thrown.Message.Should().Contain(named);
    }

    [Fact]
    public async Task Completion_records_actor_outcome_and_comment_in_history_and_sets_outcome()
    {
        var instance = await StartAsync(Approval("""ia:outcomes="approve,reject" """));

        var done = (await Engine.CompleteTaskAsync(instance, OpenTask(instance, "decide").Id, Officer, "approve", "complete dossier")).Instance;

        done.Status.Should().Be(WorkflowStatus.Completed);
        done.Variables["outcome"]!.GetValue<string>().Should().Be("approve");
        done.History.Should().ContainSingle(h => h.ActivityId == "decide").Which.Should().Match<HistoryEntry>(h =>
            h.Actor == "officer" && h.Outcome == "approve" && h.Comment == "complete dossier" && h.Ended != null);
        done.Version.Should().Be(instance.Version + 1);
    }

    [Fact]
    public async Task An_outcome_the_task_does_not_offer_is_refused()
    {
        var instance = await StartAsync(Approval("""ia:outcomes="approve,reject" """));

        var act = () => Engine.CompleteTaskAsync(instance, OpenTask(instance, "decide").Id, Officer, "postpone");

        (await act.Should().ThrowAsync<InvalidOutcomeException>()).Which.Allowed.Should().Equal("approve", "reject");
    }

    [Fact]
    public async Task Completing_a_closed_task_is_refused()
    {
        var instance = await StartAsync(Start() + Task("a") + Task("b") + End() + Line("a", "b"));
        var taskId = OpenTask(instance, "a").Id;
        var after = (await Engine.CompleteTaskAsync(instance, taskId, Officer, null)).Instance;

        var act = () => Engine.CompleteTaskAsync(after, taskId, Officer, null);

        await act.Should().ThrowAsync<TaskNotOpenException>();
    }

    [Theory]
    [InlineData("lan", new string[0], true)]
    [InlineData("minh", new string[0], true)]
    [InlineData("hoa", new[] { "leaders" }, true)]
    [InlineData("hoa", new[] { "officers" }, false)]
    public async Task Only_the_assignee_a_candidate_user_or_a_candidate_group_member_may_complete(string user, string[] groups, bool allowed)
    {
        var instance = await StartAsync(Approval("""camunda:assignee="lan" camunda:candidateUsers="minh" camunda:candidateGroups="leaders" """));

        var act = () => Engine.CompleteTaskAsync(instance, OpenTask(instance, "decide").Id, new Actor(user, groups), null);

        if (allowed)
        {
            await act.Should().NotThrowAsync();
        }
        else
        {
            (await act.Should().ThrowAsync<TaskNotAssignableException>()).Which.ActorId.Should().Be(user);
        }
    }

    [Fact]
    public async Task A_failed_command_leaves_the_callers_instance_untouched()
    {
        var instance = await StartAsync(Approval("""ia:outcomes="approve" """));
        var before = WorkflowJson.Serialize(instance);

        var act = () => Engine.CompleteTaskAsync(instance, OpenTask(instance, "decide").Id, Officer, "reject", null, new Dictionary<string, object?> { ["x"] = 1 });

        await act.Should().ThrowAsync<InvalidOutcomeException>();
        WorkflowJson.Serialize(instance).Should().Be(before);
    }
}
