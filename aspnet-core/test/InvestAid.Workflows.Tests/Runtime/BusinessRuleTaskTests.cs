using InvestAid.Workflows.Parsing;
using InvestAid.Workflows.Runtime.State;
using InvestAid.Workflows.Support;
using static InvestAid.Workflows.Support.BpmnXml;

namespace InvestAid.Workflows.Runtime;

public sealed class BusinessRuleTaskTests : EngineTestBase
{
    // The approving authority for non-refundable aid by amount, with the threshold as an input.
    private const string Authority = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="aid" name="Aid" namespace="http://investaid.vn/dmn">
          <decision id="aidAuthority" name="Approving authority">
            <decisionTable id="t" hitPolicy="UNIQUE">
              <input id="amount" label="Aid amount (USD)"><inputExpression typeRef="number"><text>aidAmountUsd</text></inputExpression></input>
              <output id="authority" name="authority" typeRef="string" />
              <output id="path" name="path" typeRef="string" />
              <rule id="small"><inputEntry><text>&lt; thresholdUsd</text></inputEntry><outputEntry><text>"department"</text></outputEntry><outputEntry><text>"short"</text></outputEntry></rule>
              <rule id="large"><inputEntry><text>&gt;= thresholdUsd</text></inputEntry><outputEntry><text>"ppc"</text></outputEntry><outputEntry><text>"full"</text></outputEntry></rule>
            </decisionTable>
          </decision>
        </definitions>
        """;

    private readonly InMemoryDecisions decisions = new();

    private WorkflowEngine DecisionEngine => new(Definitions, Handlers, new WeekdayCalendar(), Clock, Limits, decisions);

    private static string RuleTask(string attributes, string inputs = "") =>
        $"""
        <bpmn:businessRuleTask id="decide" camunda:decisionRef="aidAuthority" {attributes}>
          <bpmn:extensionElements><camunda:inputOutput>{inputs}</camunda:inputOutput></bpmn:extensionElements>
        </bpmn:businessRuleTask>

        """;

    private const string Threshold = """<camunda:inputParameter name="thresholdUsd">${200000}</camunda:inputParameter>""";

    private async Task<WorkflowInstance> RunAsync(string attributes, decimal amount, string inputs = Threshold, string? gateway = null)
    {
        var body = Start() + RuleTask(attributes, inputs) + (gateway ?? End() + Line("decide"));
        return (await DecisionEngine.StartAsync(Definitions.Publish(new BpmnParser().Parse(Model(body))), "dossier-1",
            new Dictionary<string, object?> { ["aidAmountUsd"] = amount })).Instance;
    }

    [Fact]
    public async Task Single_result_routes_the_gateway_and_the_evaluation_is_kept_in_history()
    {
        decisions.Deploy(Authority);
        var gateway = Exclusive("gw") + Task("ppcApproval") + Task("departmentApproval") + End()
            + Flow("f1", "start", "decide") + Flow("f2", "decide", "gw")
            + Flow("toPpc", "gw", "ppcApproval", "${decision.authority == 'ppc'}") + Flow("toDept", "gw", "departmentApproval", "${decision.authority == 'department'}")
            + Flow("f3", "ppcApproval", "end") + Flow("f4", "departmentApproval", "end");

        var small = await RunAsync("camunda:mapDecisionResult=\"singleResult\" camunda:resultVariable=\"decision\"", 150_000, gateway: gateway);
        var large = await RunAsync("camunda:mapDecisionResult=\"singleResult\" camunda:resultVariable=\"decision\"", 250_000, gateway: gateway);

        OpenTaskIds(small).Should().Equal("departmentApproval");
        OpenTaskIds(large).Should().Equal("ppcApproval");
        small.Variables["decision"]!["path"]!.GetValue<string>().Should().Be("short");
        var entry = small.History.Single(h => h.ActivityId == "decide");
        entry.ActivityType.Should().Be("businessRuleTask");
        var evaluated = entry.Decision!["evaluated"]![0]!;
        evaluated["matchedRules"]![0]!["id"]!.GetValue<string>().Should().Be("small");
        evaluated["inputs"]![0]!["value"]!.GetValue<decimal>().Should().Be(150_000m);
        evaluated["outputs"]![0]!["authority"]!.GetValue<string>().Should().Be("department");
        entry.Decision["resultVariable"]!.GetValue<string>().Should().Be("decision");
        entry.Ended.Should().NotBeNull();
    }

    [Theory]
    [InlineData("resultList", """[{"authority":"ppc","path":"full"}]""")]
    [InlineData("singleResult", """{"authority":"ppc","path":"full"}""")]
    public async Task Maps_the_result_as_camunda_does(string mapping, string expected)
    {
        decisions.Deploy(Authority);
        var instance = await RunAsync($"camunda:mapDecisionResult=\"{mapping}\" camunda:resultVariable=\"r\"", 300_000);
        instance.Variables["r"]!.ToJsonString().Should().Be(expected);
        instance.Status.Should().Be(WorkflowStatus.Completed);
    }

    [Fact]
    public async Task Single_entry_and_collect_entries_need_one_output()
    {
        decisions.Deploy(Authority);
        var act = () => RunAsync("camunda:mapDecisionResult=\"singleEntry\" camunda:resultVariable=\"r\"", 300_000);
        (await act.Should().ThrowAsync<DecisionTaskException>()).Which.Message.Should().Contain("'decide'").And.Contain("singleEntry");
        var collect = () => RunAsync("camunda:mapDecisionResult=\"collectEntries\" camunda:resultVariable=\"r\"", 300_000);
        await collect.Should().ThrowAsync<DecisionTaskException>();

        decisions.Deploy(Authority.Replace("""<output id="path" name="path" typeRef="string" />""", "", StringComparison.Ordinal)
            .Replace("""<outputEntry><text>"short"</text></outputEntry>""", "", StringComparison.Ordinal)
            .Replace("""<outputEntry><text>"full"</text></outputEntry>""", "", StringComparison.Ordinal));
        (await RunAsync("camunda:mapDecisionResult=\"singleEntry\" camunda:resultVariable=\"r\"", 300_000)).Variables["r"]!.GetValue<string>().Should().Be("ppc");
        (await RunAsync("camunda:mapDecisionResult=\"collectEntries\" camunda:resultVariable=\"r\"", 1)).Variables["r"]!.ToJsonString().Should().Be("""["department"]""");
    }

    [Fact]
    public async Task Version_binding_takes_the_pinned_version_and_latest_the_newest()
    {
        decisions.Deploy(Authority);
        decisions.Deploy(Authority.Replace("\"ppc\"", "\"ministry\"", StringComparison.Ordinal));
        (await RunAsync("camunda:decisionRefBinding=\"version\" camunda:decisionRefVersion=\"1\" camunda:mapDecisionResult=\"singleResult\" camunda:resultVariable=\"r\"", 300_000))
            .Variables["r"]!["authority"]!.GetValue<string>().Should().Be("ppc");
        (await RunAsync("camunda:mapDecisionResult=\"singleResult\" camunda:resultVariable=\"r\"", 300_000))
            .Variables["r"]!["authority"]!.GetValue<string>().Should().Be("ministry");
    }

    [Fact]
    public async Task A_unique_table_without_a_matching_rule_fails_the_command_naming_task_and_decision()
    {
        decisions.Deploy(Authority);
        // No threshold given: neither rule can decide.
        var act = () => RunAsync("camunda:resultVariable=\"r\"", 300_000, inputs: "");
        var error = (await act.Should().ThrowAsync<DecisionTaskException>()).Which;
        error.ElementId.Should().Be("decide");
        error.Message.Should().Contain("Decision 'aidAuthority'").And.Contain("no rule matches");
    }

    [Theory]
    [InlineData("", "needs camunda:decisionRef")]
    [InlineData("camunda:class=\"org.example.Rules\"", "Java delegates")]
    public void The_parser_refuses_a_task_without_a_decision(string attributes, string message)
    {
        var act = () => new BpmnParser().Parse(Model(Start() + $"<bpmn:businessRuleTask id=\"decide\" {attributes} />\n" + End() + Line("decide")));
        act.Should().Throw<BpmnValidationException>().Which.Errors.Should().Contain(e => e.ElementId == "decide" && e.Message.Contains(message));
    }

    [Theory]
    [InlineData("camunda:decisionRefBinding=\"sometimes\"", "decisionRefBinding 'sometimes'")]
    [InlineData("camunda:decisionRefBinding=\"version\"", "needs camunda:decisionRefVersion")]
    [InlineData("camunda:mapDecisionResult=\"everything\"", "mapDecisionResult 'everything'")]
    public void The_parser_refuses_bad_bindings_and_mappings(string attributes, string message)
    {
        var act = () => new BpmnParser().Parse(Model(Start() + $"<bpmn:businessRuleTask id=\"decide\" camunda:decisionRef=\"x\" {attributes} />\n" + End() + Line("decide")));
        act.Should().Throw<BpmnValidationException>().Which.Errors.Should().Contain(e => e.ElementId == "decide" && e.Message.Contains(message));
    }
}
