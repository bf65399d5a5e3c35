using InvestAid.Workflows.Parsing;
using static InvestAid.Workflows.Support.BpmnXml;

namespace InvestAid.Workflows.Parsing;

/// <summary>Broken models are refused with every problem named by element id and line.</summary>
public sealed class BpmnValidationTests
{
    private static IReadOnlyList<BpmnValidationError> ErrorsOf(string xml)
    {
        var act = () => new BpmnParser().Parse(xml);
        return act.Should().Throw<BpmnValidationException>().Which.Errors;
    }

    private static void ShouldReport(string xml, string elementId, string messagePart)
    {
        ErrorsOf(xml).Should().ContainSingle(e => e.ElementId == elementId && e.Message.Contains(messagePart))
            .Which.Line.Should().Be(LineOf(xml, $"id=\"{elementId}\""));
    }

    [Fact]
    public void Unreachable_node()
    {
        var xml = Model(Start() + Task("t") + Task("island") + Task("island2") + End() + Line("t") + Flow("fi", "island", "island2") + Flow("fi2", "island2", "island"));
        ShouldReport(xml, "island", "cannot be reached");
    }

    [Fact]
    public void Gateway_without_outgoing_flow()
    {
        var xml = Model(Start() + Parallel("g") + Flow("f1", "start", "g"));
        ShouldReport(xml, "g", "no outgoing");
    }

    [Fact]
    public void Flow_to_unknown_element()
    {
        var xml = Model(Start() + End() + Flow("f1", "start", "end") + Flow("bad", "start", "nowhere"));
        ShouldReport(xml, "bad", "unknown element 'nowhere'");
    }

    [Fact]
    public void A_flow_without_condition_leaving_an_exclusive_gateway_is_accepted_as_in_Camunda()
    {
        // Camunda treats a missing condition as true; the engine takes the first true flow in document order.
        var xml = Model(Start() + Exclusive("g", "fDefault") + End("a") + End("b") + End("c") + Flow("f0", "start", "g")
            + Flow("fYes", "g", "a", "${ok}") + Flow("fBare", "g", "b") + Flow("fDefault", "g", "c"));
        new BpmnParser().Parse(xml).Flows["fBare"].Condition.Should().BeNull();
    }

    [Fact]
    public void A_gateway_whose_only_flows_lead_to_a_refused_element_is_reported_once()
    {
        var xml = Model(Start() + Exclusive("g") + """<bpmn:complexGateway id="bad" />""" + "\n" + End() + Flow("f0", "start", "g") + Flow("f1", "g", "bad") + Flow("f2", "bad", "end"));
        ErrorsOf(xml).Should().ContainSingle().Which.ElementId.Should().Be("bad");
    }

    [Fact]
    public void Unparsable_timer()
    {
        var xml = Model(Start() + TimerCatch("wait", "ten days") + End() + Line("wait"));
        ErrorsOf(xml).Should().ContainSingle(e => e.ElementId == "wait" && e.Message.Contains("ten days"))
            .Which.Line.Should().Be(LineOf(xml, "id=\"wait\""));
    }

    [Fact]
    public void No_start_event()
    {
        var xml = Model(Task("t") + End() + Flow("f1", "t", "end"));
        ErrorsOf(xml).Should().Contain(e => e.ElementId == "p" && e.Message.Contains("no start event") && e.Line == LineOf(xml, "id=\"p\""));
    }

    [Fact]
    public void Task_without_incoming_flow()
    {
        var xml = Model(Start() + Task("t") + Task("orphan") + End() + Line("t") + Flow("fo", "orphan", "end"));
        ShouldReport(xml, "orphan", "no incoming");
    }

    [Fact]
    public void Elements_outside_the_subset()
    {
        var xml = Model(Start() + """<bpmn:complexGateway id="sub" />""" + "\n" + End() + Line("sub"));
        ShouldReport(xml, "sub", "'complexGateway' is not supported");
    }

    [Fact]
    public void Lists_every_problem_at_once()
    {
        var xml = Model(Start() + Parallel("g") + TimerCatch("wait", "soon") + Flow("f1", "start", "g") + Flow("f2", "start", "ghost"));
        ErrorsOf(xml).Select(e => e.ElementId).Should().Contain(["g", "wait", "f2"]);
    }

    [Fact]
    public void Refuses_a_dtd_entity_bomb()
    {
        const string bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><bpmn:process id="p">&lol2;</bpmn:process></bpmn:definitions>
            """;
        ErrorsOf(bomb).Should().ContainSingle().Which.Message.Should().Contain("DTD");
    }

    [Fact]
    public void Refuses_an_external_entity()
    {
        const string xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE d [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><bpmn:process id="p" name="&secret;" /></bpmn:definitions>
            """;
        var errors = ErrorsOf(xxe);
        errors.Should().ContainSingle().Which.Message.Should().Contain("DTD").And.NotContain("root:");
    }
}
