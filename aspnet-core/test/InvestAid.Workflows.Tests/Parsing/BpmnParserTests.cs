using InvestAid.Workflows.Bpmn;
using InvestAid.Workflows.Parsing;
using static InvestAid.Workflows.Support.BpmnXml;

namespace InvestAid.Workflows.Parsing;

public sealed class BpmnParserTests
{
    private static BpmnProcess Parse(string body, params string[] messages) => new BpmnParser().Parse(Model(body, "p", messages));

    [Fact]
    public void A_flow_without_an_id_is_named_by_its_ends_as_Camunda_deploys_it()
    {
        var process = Parse(Start() + Task("t") + Task("u") + End()
            + """<bpmn:sequenceFlow sourceRef="start" targetRef="t" />""" + "\n"
            + """<bpmn:sequenceFlow sourceRef="t" targetRef="u" />""" + "\n"
            + """<bpmn:sequenceFlow sourceRef="t" targetRef="u" />""" + "\n"
            + Flow("f9", "u", "end"));

        process.Node("start").Outgoing.Select(f => f.Id).Should().Equal("start->t");
        process.Node("t").Outgoing.Select(f => f.Id).Should().HaveCount(2).And.Contain("t->u").And.OnlyHaveUniqueItems();
        process.Node("end").Incoming.Select(f => f.Id).Should().Equal("f9");
    }

    [Fact]
    public void Reads_camunda_user_task_attributes()
    {
        var process = Parse(Start() + Task("t", """camunda:assignee="${initiator}" camunda:candidateUsers="an, binh" camunda:candidateGroups="leaders" camunda:dueDate="P5D" camunda:followUpDate="P2D" camunda:priority="${urgency}" camunda:formKey="form:check" """) + End() + Line("t"));

        var task = (UserTask)process.Node("t");
        task.Assignee.Should().Be("${initiator}");
        task.CandidateUsers.Should().Equal("an", "binh");
        task.CandidateGroups.Should().Equal("leaders");
        task.DueDate.Should().Be("P5D");
        task.FollowUpDate.Should().Be("P2D");
        task.Priority.Should().Be("${urgency}");
        task.FormKey.Should().Be("form:check");
    }

    [Fact]
    public void Our_attributes_win_over_camunda_ones_and_give_outcomes()
    {
        var process = Parse(Start() + Task("t", """ia:assignee="lead" camunda:assignee="other" ia:outcomes="approve, reject,return" """) + End() + Line("t"));

        var task = (UserTask)process.Node("t");
        task.Assignee.Should().Be("lead");
        task.Outcomes.Should().Equal("approve", "reject", "return");
    }

    [Theory]
    [InlineData("<bpmn:timeDuration>P10WD</bpmn:timeDuration>", TimerKind.Duration, 10, null)]
    [InlineData("<bpmn:timeDuration>PT36H</bpmn:timeDuration>", TimerKind.Duration, 0, null)]
    [InlineData("<bpmn:timeCycle>R3/P1D</bpmn:timeCycle>", TimerKind.Cycle, 0, 3)]
    [InlineData("<bpmn:timeDate>2026-09-03T00:00:00+07:00</bpmn:timeDate>", TimerKind.Date, 0, null)]
    public void Reads_timer_definitions(string definition, TimerKind kind, int workingDays, int? repetitions)
    {
        var process = Parse(Start() + Task("t") + BoundaryTimer("b", "t", definition) + End() + End("late") + Line("t") + Flow("fb", "b", "late"));

        var timer = ((BoundaryTimerEvent)process.Node("b")).Timer;
        timer.Kind.Should().Be(kind);
        timer.Repetitions.Should().Be(repetitions);
        (timer.Duration?.WorkingDays ?? 0).Should().Be(workingDays);
        if (kind == TimerKind.Date)
        {
            timer.Date.Should().Be(new DateTimeOffset(2026, 9, 3, 0, 0, 0, TimeSpan.FromHours(7)));
        }
    }

    [Fact]
    public void Reads_multi_instance_characteristics()
    {
        var process = Parse(Start() + """
            <bpmn:userTask id="consult">
              <bpmn:multiInstanceLoopCharacteristics isSequential="true" camunda:collection="agencies" camunda:elementVariable="agency">
                <bpmn:completionCondition>${nrOfCompletedInstances >= 2}</bpmn:completionCondition>
              </bpmn:multiInstanceLoopCharacteristics>
            </bpmn:userTask>
            """ + End() + Line("consult"));

        ((UserTask)process.Node("consult")).MultiInstance.Should().Be(
            new MultiInstanceSpec(true, "agencies", "agency", null, "${nrOfCompletedInstances >= 2}"));
    }

    [Theory]
    [InlineData("""ia:handler="project.setStatus" camunda:topic="other" """, "project.setStatus")]
    [InlineData("""camunda:type="external" camunda:topic="notify" """, "notify")]
    [InlineData("""camunda:class="vn.investaid.IssueNumber" """, "vn.investaid.IssueNumber")]
    public void Binds_service_tasks_to_a_handler_name(string attributes, string handler)
    {
        var process = Parse(Start() + $"""
            <bpmn:serviceTask id="s" {attributes}>
              <bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name="status">Approved</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements>
            </bpmn:serviceTask>
            """ + End() + Line("s"));

        var task = (ServiceTask)process.Node("s");
        task.Handler.Should().Be(handler);
        task.IoMapping.Inputs.Should().Equal(new IoParameter("status", new IoText("Approved")));
    }

    [Fact]
    public void Keeps_flows_in_document_order_with_conditions_and_line_numbers()
    {
        var xml = Model(Start() + Exclusive("g", "fNo") + End("a") + End("b") + Flow("f0", "start", "g")
            + Flow("fYes", "g", "a", "${outcome == 'approve'}") + Flow("fNo", "g", "b"));

        var gateway = new BpmnParser().Parse(xml).Node("g");

        gateway.Outgoing.Select(f => f.Id).Should().Equal("fYes", "fNo");
        gateway.Outgoing[0].Condition.Should().Be("${outcome == 'approve'}");
        gateway.Line.Should().Be(LineOf(xml, "id=\"g\""));
    }

    [Fact]
    public void Reads_message_events_script_and_call_activity()
    {
        var process = Parse(
            """<bpmn:startEvent id="start"><bpmn:messageEventDefinition messageRef="Msg_dossierReceived" /></bpmn:startEvent>""" + "\n"
            + MessageCatch("wait", "supplemented") + Script("calc", "execution.setVariable('x', 1);")
            + """<bpmn:callActivity id="sub" calledElement="notify-donor" />""" + "\n" + End() + Line("wait", "calc", "sub"),
            "dossierReceived", "supplemented");

        ((StartEvent)process.Node("start")).MessageName.Should().Be("dossierReceived");
        ((MessageCatchEvent)process.Node("wait")).MessageName.Should().Be("supplemented");
        ((ScriptTask)process.Node("calc")).Script.Should().Contain("setVariable");
        ((CallActivity)process.Node("sub")).CalledElement.Should().Be("notify-donor");
    }
}
