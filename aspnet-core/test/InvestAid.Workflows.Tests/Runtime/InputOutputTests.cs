using InvestAid.Workflows.Parsing;
using InvestAid.Workflows.Runtime.State;
using InvestAid.Workflows.Support;
using static InvestAid.Workflows.Support.BpmnXml;

namespace InvestAid.Workflows.Runtime;

/// <summary>camunda:inputOutput as Camunda 7 runs it: inputs are the activity's locals, outputs go to the enclosing scope.</summary>
public sealed class InputOutputTests : EngineTestBase
{
    private static string Io(string parameters) => $"<bpmn:extensionElements><camunda:inputOutput>{parameters}</camunda:inputOutput></bpmn:extensionElements>";

    private static string In(string name, string value) => $"<camunda:inputParameter name=\"{name}\">{value}</camunda:inputParameter>";

    private static string Out(string name, string value) => $"<camunda:outputParameter name=\"{name}\">{value}</camunda:outputParameter>";

    private static string UserTask(string id, string attributes, string parameters) =>
        $"<bpmn:userTask id=\"{id}\" name=\"{id}\" {attributes}>{Io(parameters)}</bpmn:userTask>\n";

    private static string ScriptTask(string id, string script, string parameters) =>
        $"<bpmn:scriptTask id=\"{id}\" scriptFormat=\"javascript\">{Io(parameters)}<bpmn:script><![CDATA[{script}]]></bpmn:script></bpmn:scriptTask>\n";

    private static Dictionary<string, object?> Amount(int amount) => new() { ["amount"] = amount };

    [Fact]
    public async Task A_user_task_input_is_a_local_its_assignee_and_task_see_but_the_process_does_not()
    {
        var instance = await StartAsync(Start() + UserTask("review", """camunda:assignee="${reviewer}" """,
            In("doubled", "${amount * 2}") + In("reviewer", "${amount > 100 ? 'lan' : 'minh'}")) + End() + Line("review"), Amount(150));

        var task = OpenTask(instance, "review");
        task.Assignee.Should().Be("lan");
        task.LocalVariables["doubled"]!.GetValue<int>().Should().Be(300);
        instance.Variables.Should().NotContainKey("doubled").And.NotContainKey("reviewer");
    }

    [Fact]
    public async Task An_output_copies_a_local_to_the_process_when_the_task_completes_and_the_locals_go()
    {
        var instance = await StartAsync(Start() + UserTask("review", "", In("doubled", "${amount * 2}") + In("note", "")
            + Out("result", "${doubled + 1}") + Out("echo", "${note}") + Out("label", "n=${doubled}, ${note}!")) + End() + Line("review"), Amount(150));

        // Completion variables land as Camunda's do: one the task has locally (an input) stays local, others go to the process.
        var done = await CompleteAsync(instance, "review", variables: new Dictionary<string, object?> { ["note"] = "fine", ["approved"] = true });

        done.Status.Should().Be(WorkflowStatus.Completed);
        done.Variables["result"]!.GetValue<int>().Should().Be(301);
        done.Variables["echo"]!.GetValue<string>().Should().Be("fine");
        done.Variables["label"]!.GetValue<string>().Should().Be("n=300, fine!");
        done.Variables["approved"]!.GetValue<bool>().Should().BeTrue();
        done.Variables.Should().NotContainKey("doubled").And.NotContainKey("note");
    }

    [Fact]
    public async Task List_map_script_and_empty_inputs_are_evaluated_as_Camunda_does()
    {
        var parameters = In("items", "<camunda:list><camunda:value>a</camunda:value><camunda:value>${amount}</camunda:value>"
                + "<camunda:list><camunda:value>${amount + 1}</camunda:value></camunda:list></camunda:list>")
            + In("table", "<camunda:map><camunda:entry key=\"plain\">x</camunda:entry><camunda:entry key=\"${'k' + amount}\">${amount * 3}</camunda:entry>"
                + "<camunda:entry key=\"nested\"><camunda:list><camunda:value>y</camunda:value></camunda:list></camunda:entry></camunda:map>")
            + In("computed", "<camunda:script scriptFormat=\"javascript\">var base = execution.getVariable('amount'); base * 10 + 1</camunda:script>")
            + In("nothing", "")
            // As in Camunda's loan-granting example: an input script that sets a variable (in the enclosing scope, here the process).
            + In("sideEffect", "<camunda:script scriptFormat=\"javascript\">execution.setVariable('defaultScore', 5);</camunda:script>");
        var instance = await StartAsync(Start() + ScriptTask("copy",
            "execution.setVariable('copied', { items: items, table: table, computed: computed, nothing: nothing });", parameters) + End() + Line("copy"), Amount(7));

        instance.Variables["copied"]!.ToJsonString().Should().Be(
            """{"items":["a",7,[8]],"table":{"plain":"x","k7":21,"nested":["y"]},"computed":71,"nothing":null}""");
        instance.Variables["defaultScore"]!.GetValue<int>().Should().Be(5);
        instance.Variables.Should().NotContainKey("items").And.NotContainKey("computed").And.NotContainKey("sideEffect");
    }

    [Fact]
    public async Task A_sub_process_input_is_seen_inside_it_and_inner_outputs_land_in_the_sub_process_scope()
    {
        var body = Start() + $"""
            <bpmn:subProcess id="sub">{Io(In("limit", "${amount * 2}") + In("total", "0") + Out("grand", "${total}"))}
              <bpmn:startEvent id="subStart" />
              {ScriptTask("add", "execution.setVariable('sawLimit', limit);", In("step", "${limit + 1}") + Out("total", "${step}"))}
              {Task("check")}
              <bpmn:endEvent id="subEnd" />
              {Flow("s1", "subStart", "add")}{Flow("s2", "add", "check")}{Flow("s3", "check", "subEnd")}
            </bpmn:subProcess>
            """ + End() + Line("sub");

        var waiting = await StartAsync(body, Amount(5));

        // Inside: the inner script read the sub-process's input; its output went to the sub-process, which has `total` locally.
        waiting.Variables["sawLimit"]!.GetValue<int>().Should().Be(10);
        waiting.Variables.Should().NotContainKey("limit").And.NotContainKey("total").And.NotContainKey("step");
        var sub = waiting.Tokens.Single(t => t.ElementId == "sub");
        sub.Variables!["total"]!.GetValue<int>().Should().Be(11);

        var done = await CompleteAsync(waiting, "check");

        done.Status.Should().Be(WorkflowStatus.Completed);
        done.Variables["grand"]!.GetValue<int>().Should().Be(11);
        done.Variables.Should().NotContainKey("total").And.NotContainKey("limit");
    }

    [Fact]
    public async Task A_local_named_with_a_word_JavaScript_reserves_reads_as_in_Camunda()
    {
        // Camunda's InputOutputTest.testOutputPlainTask: input `var` = ${foo}, output `var` = ${var}oque.
        var instance = await StartAsync(Start() + $"""
            <bpmn:task id="t">{Io(In("var", "${foo}") + Out("var", "${var}oque"))}</bpmn:task>
            """ + End() + Line("t"), new Dictionary<string, object?> { ["foo"] = "bar" });

        instance.Variables["var"]!.GetValue<string>().Should().Be("baroque");
    }

    [Fact]
    public async Task A_function_inside_an_expression_keeps_its_return_and_var_keywords()
    {
        // The shipped FDI capital contribution procedure reminds agencies with `${agencies.map(function (a) { return "agency:" + a; }).join(",")}`.
        var instance = await StartAsync(Start() + $"""
            <bpmn:task id="t">{Io(Out("to", "${agencies.map(function (a) { var p = &quot;agency:&quot;; return p + a; }).join(&quot;,&quot;)}"))}</bpmn:task>
            """ + End() + Line("t"), new Dictionary<string, object?> { ["agencies"] = new[] { "STC", "SXD" } });

        instance.Variables["to"]!.GetValue<string>().Should().Be("agency:STC,agency:SXD");

        var plain = await StartAsync(Start() + $"""
            <bpmn:task id="t">{Io(Out("to", "${agencies.map(function (a) { return &quot;agency:&quot; + a; }).join(&quot;,&quot;)}"))}</bpmn:task>
            """ + End() + Line("t"), new Dictionary<string, object?> { ["agencies"] = new[] { "STC" } });
        plain.Variables["to"]!.GetValue<string>().Should().Be("agency:STC");
    }

    [Fact]
    public async Task Inputs_are_mapped_before_the_start_listeners_and_outputs_after_the_end_listeners()
    {
        var listeners = """
            <camunda:executionListener event="start"><camunda:script scriptFormat="javascript">execution.setVariable('atStart', local);</camunda:script></camunda:executionListener>
            <camunda:executionListener event="end"><camunda:script scriptFormat="javascript">execution.setVariable('local', local + 1);</camunda:script></camunda:executionListener>
            """;
        var instance = await StartAsync(Start() + $"""
            <bpmn:task id="t"><bpmn:extensionElements>{listeners}<camunda:inputOutput>{In("local", "${amount}")}{Out("after", "${local}")}</camunda:inputOutput></bpmn:extensionElements></bpmn:task>
            """ + End() + Line("t"), Amount(3));

        instance.Variables["atStart"]!.GetValue<int>().Should().Be(3);
        instance.Variables["after"]!.GetValue<int>().Should().Be(4);
        instance.Variables.Should().NotContainKey("local");
    }

    [Fact]
    public async Task An_external_task_maps_its_outputs_and_keeps_a_local_the_worker_sets_local()
    {
        var instance = await StartAsync(Start() + $"""
            <bpmn:serviceTask id="calc" camunda:type="external" camunda:topic="calc">{Io(In("base", "${amount}") + Out("total", "${base + result}"))}</bpmn:serviceTask>
            """ + End() + Line("calc"), Amount(10));
        var bookmark = instance.Bookmarks.Single(b => b.Kind == BookmarkKind.ExternalTask);

        var done = (await Engine.CompleteExternalTaskAsync(instance, bookmark.Id, new Dictionary<string, object?> { ["base"] = 100, ["result"] = 5 })).Instance;

        done.Status.Should().Be(WorkflowStatus.Completed);
        done.Variables["total"]!.GetValue<int>().Should().Be(105);
        done.Variables["result"]!.GetValue<int>().Should().Be(5);
        done.Variables.Should().NotContainKey("base");
    }

    [Fact]
    public async Task Each_instance_of_a_multi_instance_sub_process_maps_its_inputs_with_its_loop_counter()
    {
        var body = Start() + $"""
            <bpmn:subProcess id="sub">{Io(In("position", "${loopCounter + 1}"))}
              <bpmn:multiInstanceLoopCharacteristics isSequential="true"><bpmn:loopCardinality>2</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics>
              <bpmn:startEvent id="subStart" />
              {Script("note", "execution.setVariable('seen', (typeof seen === 'undefined' || seen === null ? '' : seen) + position);")}
              <bpmn:endEvent id="subEnd" />
              {Flow("s1", "subStart", "note")}{Flow("s2", "note", "subEnd")}
            </bpmn:subProcess>
            """ + End() + Line("sub");

        var instance = await StartAsync(body, new Dictionary<string, object?> { ["seen"] = "" });

        instance.Status.Should().Be(WorkflowStatus.Completed);
        instance.Variables["seen"]!.GetValue<string>().Should().Be("12");
    }

    [Theory]
    [InlineData("""<bpmn:scriptTask id="x" scriptFormat="javascript">{0}<bpmn:script>1</bpmn:script></bpmn:scriptTask>""",
        """<camunda:inputParameter name="v"><camunda:script scriptFormat="groovy">1 + 1</camunda:script></camunda:inputParameter>""", "groovy")]
    [InlineData("""<bpmn:task id="x">{0}</bpmn:task>""",
        """<camunda:inputParameter name="v"><camunda:script scriptFormat="javascript" resource="deployment://a.js" /></camunda:inputParameter>""", "inline")]
    [InlineData("""<bpmn:exclusiveGateway id="x">{0}</bpmn:exclusiveGateway>""", """<camunda:inputParameter name="v">1</camunda:inputParameter>""", "exclusiveGateway")]
    [InlineData("""<bpmn:task id="x">{0}</bpmn:task>""", """<camunda:outputParameter name="v">1</camunda:outputParameter>""", null)]
    public void Refuses_what_Camunda_refuses_naming_the_element(string element, string parameters, string? message)
    {
        var xml = Model(Start() + string.Format(System.Globalization.CultureInfo.InvariantCulture, element, Io(parameters)) + End() + Line("x"));

        var act = () => new BpmnParser().Parse(xml);

        if (message is null)
        {
            act.Should().NotThrow();
        }
        else
        {
            act.Should().Throw<BpmnValidationException>().Which.Errors.Should().Contain(e => e.ElementId == "x" && e.Message.Contains(message));
        }
    }

    [Theory]
    [InlineData("""<bpmn:startEvent id="start">{0}</bpmn:startEvent>""", "start", "startEvent")]
    [InlineData("""<bpmn:endEvent id="end">{0}</bpmn:endEvent>""", "end", "end event")]
    public void Refuses_io_on_a_start_event_and_outputs_on_an_end_event(string element, string id, string message)
    {
        var io = Io(In("v", "1") + Out("w", "2"));
        var xml = Model((id == "start" ? string.Format(System.Globalization.CultureInfo.InvariantCulture, element, io) : Start()) + Task("t")
            + (id == "end" ? string.Format(System.Globalization.CultureInfo.InvariantCulture, element, io) : End()) + Line("t"));

        var act = () => new BpmnParser().Parse(xml);

        act.Should().Throw<BpmnValidationException>().Which.Errors.Should().Contain(e => e.ElementId == id && e.Message.Contains(message));
    }
}
