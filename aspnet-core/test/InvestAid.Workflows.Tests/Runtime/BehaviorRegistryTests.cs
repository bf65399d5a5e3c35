using InvestAid.Workflows.Bpmn;
using InvestAid.Workflows.Parsing;
using InvestAid.Workflows.Runtime.Behaviors;
using InvestAid.Workflows.Runtime.State;
using InvestAid.Workflows.Support;
using static InvestAid.Workflows.Support.BpmnXml;

namespace InvestAid.Workflows.Runtime;

/// <summary>Behaviours are found through the registry: an added one takes over a kind, and resumption reaches it too.</summary>
public sealed class BehaviorRegistryTests : EngineTestBase
{
    [Fact]
    public async Task An_added_behaviour_runs_and_is_resumed_instead_of_the_default()
    {
        var engine = new WorkflowEngine(Definitions, Handlers, new WeekdayCalendar(), Clock, Limits, null,
            registry => registry.Add(new CountingUserTaskBehavior()));
        var definition = Definitions.Publish(new BpmnParser().Parse(Model(Start() + Task("review") + End() + Line("review"))));

        var instance = (await engine.StartAsync(definition, "b-1")).Instance;
        instance.Variables["entered"]!.GetValue<string>().Should().Be("review");

        instance = (await engine.CompleteTaskAsync(instance, OpenTask(instance, "review").Id, Officer, "done")).Instance;

        instance.Variables["resumedBy"]!.GetValue<string>().Should().Be(nameof(TaskCompleted));
        instance.Tasks.Single().Status.Should().Be(WorkflowTaskStatus.Completed);
        instance.Status.Should().Be(WorkflowStatus.Completed);
    }

    [Fact]
    public async Task The_default_engine_still_runs_user_tasks_without_the_added_behaviour()
    {
        var instance = await StartAsync(Start() + Task("review") + End() + Line("review"));

        instance.Variables.ContainsKey("entered").Should().BeFalse();
        (await CompleteAsync(instance, "review", "done")).Status.Should().Be(WorkflowStatus.Completed);
    }

    private sealed class CountingUserTaskBehavior : ActivityBehavior<UserTask>
    {
        private readonly UserTaskBehavior inner = new();

        protected override async Task ExecuteAsync(RunContext context, Token token, UserTask node)
        {
            context.Instance.Variables["entered"] = node.Id;
            await ((IActivityBehavior)inner).ExecuteAsync(context, token, node);
        }

        protected override Task ResumeAsync(RunContext context, Token token, UserTask node, Resumption resumption)
        {
            context.Instance.Variables["resumedBy"] = resumption.GetType().Name;
            return ((IActivityBehavior)inner).ResumeAsync(context, token, node, resumption);
        }
    }
}
