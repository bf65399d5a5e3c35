using InvestAid.Workflows.Persistence;
using InvestAid.Workflows.Runtime;
using InvestAid.Workflows.Runtime.State;
using InvestAid.Workflows.Support;
using static InvestAid.Workflows.Support.BpmnXml;

namespace InvestAid.Workflows.Scripting;

public sealed class ScriptTaskTests : EngineTestBase
{
    private async Task<WorkflowInstance> RunScriptAsync(string script, Dictionary<string, object?>? variables = null) =>
        await StartAsync(Start() + Script("calc", script) + Task("next") + End() + Line("calc", "next"), variables);

    [Fact]
    public async Task Sets_variables_through_execution()
    {
        var instance = await RunScriptAsync("execution.setVariable('deadlineDays', days + 5); execution.setVariable('flags', { urgent: true });",
            new() { ["days"] = 15 });

        instance.Variables["deadlineDays"]!.GetValue<int>().Should().Be(20);
        instance.Variables["flags"]!["urgent"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public async Task Sets_variables_by_returning_an_object()
    {
        var instance = await RunScriptAsync("return { total: items.reduce((a, b) => a + b, 0) };", new() { ["items"] = new[] { 1, 2, 3 } });

        instance.Variables["total"]!.GetValue<int>().Should().Be(6);
    }

    [Theory]
    [InlineData("while (true) {}")]
    [InlineData("const a = []; while (true) { a.push('x'.repeat(1024 * 1024)); }")]
    [InlineData("function f(n) { return f(n + 1) + 1; } f(0);")]
    [InlineData("undefinedVariable.boom();")]
    [InlineData("this is not javascript")]
    [InlineData("importNamespace('System.IO').File.ReadAllText('/etc/passwd');")]
    public async Task Runaway_or_broken_scripts_fail_with_the_element_id(string script)
    {
        var act = () => RunScriptAsync(script);

        (await act.Should().ThrowAsync<ScriptException>()).Which.ElementId.Should().Be("calc");
    }

    [Fact]
    public async Task A_failing_script_leaves_the_store_unchanged()
    {
        var store = new InMemoryWorkflowStore();
        var definition = Deploy(Start() + Task("first") + Script("calc", "execution.setVariable('half', 1); while (true) {}") + End() + Line("first", "calc"));
        var service = new WorkflowService(Engine, store, Definitions);
        var started = await service.StartAsync(definition.Key, "d");
        var taskId = OpenTask(started.Instance, "first").Id;

        var act = () => service.CompleteTaskAsync(started.Instance.Id, taskId, Officer, null, null, null, "key-1");

        await act.Should().ThrowAsync<ScriptException>();
        var stored = await store.FindAsync(started.Instance.Id);
        stored!.Version.Should().Be(started.Instance.Version);
        OpenTaskIds(stored).Should().Equal("first");
        stored.Variables.ContainsKey("half").Should().BeFalse();
        (await store.FindReceiptAsync("key-1")).Should().BeNull();
    }

    [Fact]
    public async Task A_condition_that_throws_names_the_flow()
    {
        var act = () => StartAsync(Start() + Exclusive("g", "fb") + End("a") + End("b") + Flow("f0", "start", "g")
            + Flow("fa", "g", "a", "${dossier.pages > 10}") + Flow("fb", "g", "b"));

        (await act.Should().ThrowAsync<ScriptException>()).Which.ElementId.Should().Be("fa");
    }
}
