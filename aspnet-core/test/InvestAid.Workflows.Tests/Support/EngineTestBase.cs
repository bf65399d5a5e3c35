using InvestAid.Workflows.Parsing;
using InvestAid.Workflows.Runtime;
using InvestAid.Workflows.Runtime.State;
using InvestAid.Workflows.Scripting;

namespace InvestAid.Workflows.Support;

/// <summary>An engine over in-memory definitions, a hand-moved clock and a Monday–Friday calendar.</summary>
public abstract class EngineTestBase
{
    private WorkflowEngine? engine;

    protected ManualClock Clock { get; } = new();
    protected InMemoryDefinitionStore Definitions { get; } = new();
    protected List<IServiceTaskHandler> Handlers { get; } = [];
    protected ScriptLimits Limits { get; set; } = ScriptLimits.Default with { Timeout = TimeSpan.FromSeconds(1) };
    protected static Actor Officer { get; } = new("officer");

    protected WorkflowEngine Engine => engine ??= new WorkflowEngine(Definitions, Handlers, new WeekdayCalendar(), Clock, Limits);

    protected WorkflowDefinition Deploy(string body, string processId = "p", params string[] messages) =>
        Definitions.Publish(new BpmnParser().Parse(BpmnXml.Model(body, processId, messages)));

    protected async Task<WorkflowInstance> StartAsync(string body, IReadOnlyDictionary<string, object?>? variables = null, params string[] messages) =>
        (await Engine.StartAsync(Deploy(body, "p", messages), "dossier-1", variables)).Instance;

    protected static WorkflowTask OpenTask(WorkflowInstance instance, string elementId) =>
        instance.Tasks.Single(t => t.ElementId == elementId && t.Status == WorkflowTaskStatus.Open);

    protected static IEnumerable<string> OpenTaskIds(WorkflowInstance instance) =>
        instance.Tasks.Where(t => t.Status == WorkflowTaskStatus.Open).Select(t => t.ElementId);

    protected async Task<WorkflowInstance> CompleteAsync(
        WorkflowInstance instance, string elementId, string? outcome = null, IReadOnlyDictionary<string, object?>? variables = null, Actor? actor = null) =>
        (await Engine.CompleteTaskAsync(instance, OpenTask(instance, elementId).Id, actor ?? Officer, outcome, null, variables)).Instance;

    protected static string TimerBookmark(WorkflowInstance instance, string elementId) =>
        instance.Bookmarks.Single(b => b.Kind == BookmarkKind.Timer && b.ElementId == elementId).Id;
}
