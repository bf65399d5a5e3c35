using InvestAid.Workflows.Bpmn;
using InvestAid.Workflows.Parsing;

namespace InvestAid.Workflows.Camunda;

/// <summary>What Camunda Modeler draws but does not execute is read and ignored; real problems are reported once each.</summary>
public sealed class CamundaParsingTests
{
    private const string Head = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:foo="http://example.org/foo" id="d" targetNamespace="t">
        """;

    [Fact]
    public void Pools_lanes_data_annotations_groups_and_unknown_extensions_are_ignored()
    {
        var xml = Head + """
            <bpmn:collaboration id="c"><bpmn:participant id="pa" processRef="p" /><bpmn:participant id="pb" processRef="other" /><bpmn:messageFlow id="mf" sourceRef="pb" targetRef="pa" /></bpmn:collaboration>
            <bpmn:dataStore id="store" name="Archive" />
            <bpmn:category id="cat"><bpmn:categoryValue id="cv" value="Review" /></bpmn:category>
            <bpmn:process id="p" isExecutable="true" camunda:versionTag="1.2" camunda:historyTimeToLive="P30D" camunda:candidateStarterGroups="clerks, heads">
              <bpmn:extensionElements><foo:anything a="1" /><camunda:properties><camunda:property name="x" value="y" /></camunda:properties></bpmn:extensionElements>
              <bpmn:property id="prop" name="p1" />
              <bpmn:laneSet id="ls"><bpmn:lane id="lane1"><bpmn:flowNodeRef>s</bpmn:flowNodeRef></bpmn:lane></bpmn:laneSet>
              <bpmn:dataObject id="obj" /><bpmn:dataObjectReference id="objRef" dataObjectRef="obj" /><bpmn:dataStoreReference id="storeRef" dataStoreRef="store" />
              <bpmn:startEvent id="s" />
              <bpmn:userTask id="t"><bpmn:property id="tp" name="tp" /><bpmn:dataInputAssociation id="dia"><bpmn:sourceRef>storeRef</bpmn:sourceRef><bpmn:targetRef>tp</bpmn:targetRef></bpmn:dataInputAssociation><bpmn:dataOutputAssociation id="doa"><bpmn:targetRef>objRef</bpmn:targetRef></bpmn:dataOutputAssociation></bpmn:userTask>
              <bpmn:endEvent id="e" />
              <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="t" /><bpmn:sequenceFlow id="f2" sourceRef="t" targetRef="e" />
              <bpmn:textAnnotation id="note"><bpmn:text>hello</bpmn:text></bpmn:textAnnotation><bpmn:association id="as" sourceRef="t" targetRef="note" />
              <bpmn:group id="g" categoryValueRef="cv" />
            </bpmn:process>
            <bpmn:process id="other" isExecutable="false"><bpmn:task id="x" /></bpmn:process>
            <bpmndi:BPMNDiagram id="di" />
            </bpmn:definitions>
            """;

        var process = new BpmnParser().Parse(xml);

        process.Key.Should().Be("p");
        process.Nodes.Keys.Should().BeEquivalentTo(["s", "t", "e"]);
        process.VersionTag.Should().Be("1.2");
        process.HistoryTimeToLive.Should().Be("P30D");
        process.CandidateStarterGroups.Should().Equal("clerks", "heads");
    }

    [Fact]
    public void A_file_with_two_executable_pools_yields_both_processes()
    {
        var xml = Head + """
            <bpmn:collaboration id="c"><bpmn:participant id="pa" processRef="a" /><bpmn:participant id="pb" processRef="b" /></bpmn:collaboration>
            <bpmn:process id="a" isExecutable="true"><bpmn:startEvent id="s1" /><bpmn:endEvent id="e1" /><bpmn:sequenceFlow id="f1" sourceRef="s1" targetRef="e1" /></bpmn:process>
            <bpmn:process id="b" isExecutable="true"><bpmn:startEvent id="s2" /><bpmn:endEvent id="e2" /><bpmn:sequenceFlow id="f2" sourceRef="s2" targetRef="e2" /></bpmn:process>
            </bpmn:definitions>
            """;
        var parser = new BpmnParser();

        parser.ParseAll(xml).Select(p => p.Key).Should().Equal("a", "b");
        parser.Parse(xml, "b").Nodes.Keys.Should().BeEquivalentTo(["s2", "e2"]);
        var single = () => parser.Parse(xml);
        single.Should().Throw<BpmnValidationException>().Which.Errors.Should().ContainSingle().Which.Message.Should().Contain("2 executable processes");
    }

    [Fact]
    public void A_file_whose_only_process_is_not_executable_is_refused_once()
    {
        var xml = Head + """<bpmn:process id="p" isExecutable="false"><bpmn:startEvent id="s" /></bpmn:process></bpmn:definitions>""";
        var act = () => new BpmnParser().Parse(xml);
        act.Should().Throw<BpmnValidationException>().Which.Errors.Should().ContainSingle().Which.Message.Should().Contain("no executable process");
    }

    [Fact]
    public void One_unsupported_element_gives_one_error_and_no_knock_on_unreachable_errors()
    {
        var xml = Head + """
            <bpmn:process id="p" isExecutable="true">
              <bpmn:startEvent id="s" />
              <bpmn:complexGateway id="bad" />
              <bpmn:userTask id="a" /><bpmn:userTask id="b" /><bpmn:endEvent id="e" />
              <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="bad" /><bpmn:sequenceFlow id="f2" sourceRef="bad" targetRef="a" />
              <bpmn:sequenceFlow id="f3" sourceRef="a" targetRef="b" /><bpmn:sequenceFlow id="f4" sourceRef="b" targetRef="e" />
            </bpmn:process></bpmn:definitions>
            """;
        var act = () => new BpmnParser().Parse(xml);
        act.Should().Throw<BpmnValidationException>().Which.Errors.Should().ContainSingle()
            .Which.Should().Match<BpmnValidationError>(e => e.ElementId == "bad" && e.Message.Contains("complexGateway") && e.Line == 4);
    }

    [Fact]
    public void Camunda_expressions_cron_cycles_and_subprocess_scopes_are_read()
    {
        var xml = Head + """
            <bpmn:process id="p" isExecutable="true">
              <bpmn:startEvent id="s" />
              <bpmn:exclusiveGateway id="g" default="f3" />
              <bpmn:subProcess id="sub"><bpmn:startEvent id="ss" /><bpmn:endEvent id="se" /><bpmn:sequenceFlow id="sf" sourceRef="ss" targetRef="se" /></bpmn:subProcess>
              <bpmn:boundaryEvent id="tick" attachedToRef="sub" cancelActivity="false"><bpmn:timerEventDefinition><bpmn:timeCycle>0 0 9 ? * MON-FRI</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:boundaryEvent>
              <bpmn:endEvent id="e" /><bpmn:endEvent id="e2" /><bpmn:endEvent id="e3" />
              <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="g" />
              <bpmn:sequenceFlow id="f2" sourceRef="g" targetRef="sub"><bpmn:conditionExpression>#{amount gt 1000 and approved}</bpmn:conditionExpression></bpmn:sequenceFlow>
              <bpmn:sequenceFlow id="f3" sourceRef="g" targetRef="e2" />
              <bpmn:sequenceFlow id="f4" sourceRef="sub" targetRef="e" /><bpmn:sequenceFlow id="f5" sourceRef="tick" targetRef="e3" />
            </bpmn:process></bpmn:definitions>
            """;

        var process = new BpmnParser().Parse(xml);

        process.Flows["f2"].Condition.Should().Be("${amount gt 1000 and approved}");
        process.Node("se").ScopeId.Should().Be("sub");
        process.StartEvents.Select(s => s.Id).Should().Equal("s");
        ((BoundaryTimerEvent)process.Node("tick")).Timer.Cron.Should().NotBeNull();
    }
}
