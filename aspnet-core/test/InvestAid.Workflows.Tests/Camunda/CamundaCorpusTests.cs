using InvestAid.Workflows.Parsing;
using InvestAid.Workflows.Persistence;
using InvestAid.Workflows.Runtime;
using InvestAid.Workflows.Runtime.Effects;
using InvestAid.Workflows.Runtime.State;
using InvestAid.Workflows.Support;

namespace InvestAid.Workflows.Camunda;

/// <summary>
/// Real models, not written by us, taken unchanged from pinned npm packages (test/camunda-corpus/packages.txt,
/// downloaded by etc/camunda-corpus): each is uploaded as it is and either runs to an end event along the path
/// Camunda 7 would take, runs once its service tasks are bound to handlers, or is refused for the reason listed in
/// docs/camunda-compatibility.md. A model added to the corpus and not classified here fails the test.
/// </summary>
public sealed class CamundaCorpusTests : EngineTestBase
{
    private const string ProcessEngine = "@process-engine+process_engine_core/test/bpmns/";
    private const string PropertiesPanel = "bpmn-js-properties-panel/";

    /// <summary>Models refused at upload, with the element and the words of the one error each real problem gets.</summary>
    public static TheoryData<string, string?, string> Refused => new()
    {
        { ProcessEngine + "empty_lane_test.bpmn", null, "no executable process" },
        { ProcessEngine + "intermediate_event_link_test.bpmn", "ScripTaskAfterLink1", "needs scriptFormat" },
        { ProcessEngine + "intermediate_event_link_test.bpmn", "IntermediateLinkThrowEvent666", "No link catch event named 'testlink666'" },
        { ProcessEngine + "join_gateway_discovery_test.bpmn", "BoundaryEvent_0ukysab", "needs an event definition" },
        { ProcessEngine + "join_gateway_discovery_test.bpmn", "Task_0nr4gbo", "needs scriptFormat" },
        { ProcessEngine + "process_engine_io_release.bpmn", "SequenceFlow_0qg5z1e", "must be written as ${...}" },
        { ProcessEngine + "process_engine_io_release.bpmn", "jeden_donnerstag_start", "'0 9 * * 4' is a 5-field Unix cron; Camunda 7 takes Quartz cron with seconds" },
        { ProcessEngine + "sublane_test.bpmn", "SequenceFlow_1n8yxzw", "must be written as ${...}" },
        { ProcessEngine + "subprocess_2_test.bpmn", "StartEvent_2_SubProcess", "cannot have a trigger" },
        { ProcessEngine + "subprocess_links_test.bpmn", "IntermediateThrowEvent_0yzcuc1", "No link catch event named 'ExternalLink'" },
        { ProcessEngine + "user_task_test.bpmn", "st_ProvideResults", "needs scriptFormat" },
        { ProcessEngine + "DemoNutztierRiss.bpmn", "Task_01xg9lr", "needs an implementation" },
        { ProcessEngine + "generic_sample.bpmn", "StoreActivity", "needs an implementation" },
        { PropertiesPanel + "test/spec/provider/bpmn/DocumentationParticipant.bpmn", "Process_2", "no start event" },
    };

    private static readonly string[] RunsUnchanged =
    [
        "customized_signal_end_event_payload.bpmn", "default_sequence_flow_test.bpmn", "diagram_with_invalid_task_configs.bpmn",
        "process_with_boundary_events.bpmn", "subprocess_test.bpmn", "user_task_multiple.bpmn",
    ];

    private static string? CorpusRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "test", "camunda-corpus", "packages");
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "etc", "test")))
            {
                return Directory.Exists(candidate) ? candidate : null;
            }
        }

        return null;
    }

    private static string Root()
    {
        var root = CorpusRoot();
        if (root is null)
        {
            // CI (etc/test) always downloads the corpus; a developer's plain `dotnet test` may not have it yet.
            Assert.SkipWhen(Environment.GetEnvironmentVariable("CI") is null, "Run etc/camunda-corpus to download the Camunda model corpus.");
            Assert.Fail("The Camunda model corpus is missing: etc/camunda-corpus did not run.");
        }

        return root!;
    }

    private static string Model(string relative) => File.ReadAllText(System.IO.Path.Combine(Root(), relative));

    private WorkflowService Service(InMemoryWorkflowStore store) => new(Engine, store, Definitions);

    [Fact]
    public void Every_model_in_the_corpus_is_classified()
    {
        var root = Root();
        var files = Directory.GetFiles(root, "*.bpmn", SearchOption.AllDirectories).Select(f => System.IO.Path.GetRelativePath(root, f).Replace('\\', '/')).ToList();
        var refused = Refused.Select(r => r.Data.Item1).ToHashSet();
        var classified = files.Where(f => refused.Contains(f) || RunsUnchanged.Any(r => f == ProcessEngine + r)
            || (f.StartsWith(PropertiesPanel, StringComparison.Ordinal) && Model(f).Contains("isExecutable=\"false\"", StringComparison.Ordinal))).ToList();

        files.Should().HaveCount(88);
        files.Except(classified).Should().BeEmpty();
    }

    [Fact]
    public void Properties_panel_fixtures_are_diagrams_without_an_executable_process()
    {
        var root = Root();
        var fixtures = Directory.GetFiles(System.IO.Path.Combine(root, PropertiesPanel), "*.bpmn", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("DocumentationParticipant.bpmn", StringComparison.Ordinal)).ToList();
        fixtures.Should().HaveCount(71);
        foreach (var file in fixtures)
        {
            var act = () => new BpmnParser().ParseAll(File.ReadAllText(file));
            act.Should().Throw<BpmnValidationException>(file).Which.Errors.Should().ContainSingle(file)
                .Which.Message.Should().Contain("no executable process");
        }
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Refused_models_name_the_element_and_the_reason(string file, string? elementId, string reason)
    {
        var act = () => new BpmnParser().ParseAll(Model(file));
        var errors = act.Should().Throw<BpmnValidationException>().Which.Errors;
        errors.Should().Contain(e => e.ElementId == elementId && e.Message.Contains(reason));
        errors.Where(e => e.ElementId is not null).Should().OnlyContain(e => e.Line > 0);
    }

    [Fact]
    public async Task Parallel_tasks_and_a_signal_end_event()
    {
        var instance = await RunAsync("customized_signal_end_event_payload.bpmn");
        instance.Result.Instance.Status.Should().Be(WorkflowStatus.Completed);
        PathOf(instance.Result.Instance).Should().StartWith(["startEvent", "Task_1", "ExclusiveGateway_1up33ka"]).And.EndWith(["ExclusiveGateway_0wu23g7", "Task_4", "EndEvent_1"]);
        instance.Result.Effects.OfType<SignalThrown>().Should().ContainSingle().Which.SignalName.Should().Be("Terra.TradeManagement.TradeUpdatedEvent");
    }

    [Fact]
    public async Task Default_flow_is_skipped_when_a_flow_without_condition_leaves_the_gateway()
    {
        var instance = (await RunAsync("default_sequence_flow_test.bpmn")).Result.Instance;
        instance.Status.Should().Be(WorkflowStatus.Completed);
        PathOf(instance).Should().Equal("StartEvent_1", "ExclusiveGateway_1", "EndEvent_2");
    }

    [Fact]
    public async Task Exclusive_gateway_without_conditions_takes_its_first_flow()
    {
        var instance = (await RunAsync("diagram_with_invalid_task_configs.bpmn")).Result.Instance;
        instance.Status.Should().Be(WorkflowStatus.Completed);
        PathOf(instance).Should().Equal("StartEvent_1", "ExclusiveGateway_0a4jn5v", "ValidTask", "EndEvent_1");
    }

    [Fact]
    public async Task Manual_task_passes_and_its_boundary_events_never_fire()
    {
        var instance = (await RunAsync("process_with_boundary_events.bpmn")).Result.Instance;
        instance.Status.Should().Be(WorkflowStatus.Completed);
        PathOf(instance).Should().Equal("StartEvent_1", "ManualTask123", "ThrowMessageConfirmManualTaskFinished", "EndEvent_Regular");
        instance.Bookmarks.Should().BeEmpty();
    }

    [Fact]
    public async Task Embedded_subprocess_with_a_user_task()
    {
        var (store, started) = await RunAsync("subprocess_test.bpmn");
        var service = Service(store);
        OpenTaskIds(started.Instance).Should().Equal("UserTask_1");

        await service.CompleteTaskAsync(started.Instance.Id, OpenTask(started.Instance, "UserTask_1").Id, Officer, null, null, null, "k1");

        var instance = (await store.FindAsync(started.Instance.Id))!;
        instance.Status.Should().Be(WorkflowStatus.Completed);
        PathOf(instance).Should().Equal("StartEvent_1", "SubProcess1", "StartEvent_SubProcess", "ExclusiveSplitGateway_SubProcess", "UserTask_1",
            "ExclusiveJoinGateway_SubProcess", "EndEvent_Subprocess", "EndEvent_1");
    }

    [Fact]
    public async Task Two_parallel_user_tasks_joined()
    {
        var (store, started) = await RunAsync("user_task_multiple.bpmn");
        var service = Service(store);
        OpenTaskIds(started.Instance).Should().BeEquivalentTo(["Task_004be4s", "Task_1xcmvjs"]);
        foreach (var task in started.Instance.Tasks)
        {
            await service.CompleteTaskAsync(started.Instance.Id, task.Id, Officer, null, null, new Dictionary<string, object?> { ["Sample_Form_Field"] = "x" }, task.Id);
        }

        var instance = (await store.FindAsync(started.Instance.Id))!;
        instance.Status.Should().Be(WorkflowStatus.Completed);
        PathOf(instance).Should().EndWith(["ParallelJoinGateway_UserTaskTests", "EndEvent_1k8oh30"]);
    }

    [Fact]
    public async Task Bound_service_tasks_run_the_handlers_an_administrator_chose()
    {
        var created = new RecordingHandler("case.create");
        var note = new RecordingHandler("case.note");
        var release = new RecordingHandler("case.release");
        Handlers.AddRange([created, note, release]);
        var parser = new BpmnParser { Bindings = new Dictionary<string, string> { ["Task_01xg9lr"] = "case.create", ["notizSchreiben"] = "case.note", ["Task_1yzqmfq"] = "case.release" } };
        var definition = Definitions.Publish(parser.Parse(Model(ProcessEngine + "DemoNutztierRiss.bpmn")));
        var store = new InMemoryWorkflowStore();
        var service = Service(store);

        var id = (await service.StartAsync(definition, "riss-1")).Instance.Id;
        foreach (var (task, values) in new (string, Dictionary<string, object?>)[]
        {
            ("VorgangErfassen", new() { ["nummer"] = "N-1", ["getoeteteTiere"] = 3 }),
            ("Task_00dom74", new() { ["notiz"] = "called the adviser" }),
            ("Task_1tk0lhq", new()),
        })
        {
            var current = (await store.FindAsync(id))!;
            await service.CompleteTaskAsync(id, OpenTask(current, task).Id, Officer, null, null, values, task);
        }

        var instance = (await store.FindAsync(id))!;
        instance.Status.Should().Be(WorkflowStatus.Completed);
        PathOf(instance).Should().Equal("StartEvent_1", "VorgangErfassen", "Task_01xg9lr", "Task_00dom74", "notizSchreiben", "Task_1tk0lhq", "Task_1yzqmfq", "EndEvent_05uuvaq");
        new[] { created, note, release }.Should().OnlyContain(h => h.Calls.Count == 1);
    }

    [Fact]
    public async Task Bound_service_task_raising_a_bpmn_error_takes_the_catch_all_error_boundary()
    {
        Handlers.AddRange([new RecordingHandler("transform"), new RecordingHandler("tokenize"), new RecordingHandler("encrypt"), new FailingStore()]);
        var parser = new BpmnParser
        {
            Bindings = new Dictionary<string, string>
            {
                ["TransformActivity"] = "transform", ["TokenizeActivity"] = "tokenize", ["EncryptActivity"] = "encrypt", ["StoreActivity"] = "store",
            },
        };
        var definition = Definitions.Publish(parser.Parse(Model(ProcessEngine + "generic_sample.bpmn")));

        var instance = (await Service(new InMemoryWorkflowStore()).StartAsync(definition, "msg-1")).Instance;

        instance.Status.Should().Be(WorkflowStatus.Completed);
        PathOf(instance).Should().Equal("ProcessInputEvent", "TransformActivity", "ShouldEncryptGateway", "TokenizeActivity", "ShouldEncryptJoin",
            "StoreActivity", "BoundaryEvent_1gfzfcg", "HandleErrorStoreActivityJoinGateway", "ProcessResultEvent");
    }

    private async Task<(InMemoryWorkflowStore Store, CommandResult Result)> RunAsync(string file)
    {
        var definition = Definitions.Publish(new BpmnParser().Parse(Model(ProcessEngine + file)));
        var store = new InMemoryWorkflowStore();
        return (store, await Service(store).StartAsync(definition, "corpus-1"));
    }

    private static IEnumerable<string> PathOf(WorkflowInstance instance) => instance.History.Select(h => h.ActivityId);

    private sealed class FailingStore : IServiceTaskHandler
    {
        public string Name => "store";

        public Task ExecuteAsync(ServiceTaskContext context) => throw new BpmnErrorException("STORE_FAILED");
    }
}
