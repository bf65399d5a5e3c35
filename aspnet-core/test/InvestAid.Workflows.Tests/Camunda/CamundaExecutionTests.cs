using InvestAid.Workflows.Bpmn;
using InvestAid.Workflows.Parsing;
using InvestAid.Workflows.Runtime;
using InvestAid.Workflows.Runtime.Effects;
using InvestAid.Workflows.Runtime.State;
using InvestAid.Workflows.Support;

namespace InvestAid.Workflows.Camunda;

/// <summary>BPMN elements Camunda 7 models use beyond tasks and gateways, with Camunda's meaning.</summary>
public sealed class CamundaExecutionTests : EngineTestBase
{
    private const string Defs = """
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
        <bpmn:message id="m_pay" name="paid" /><bpmn:message id="m_cancel" name="cancelRequested" /><bpmn:signal id="sig" name="alarm" />
        <bpmn:error id="err" errorCode="NOT_FOUND" /><bpmn:escalation id="esc" escalationCode="LATE" />
        """;

    private WorkflowDefinition DeployRaw(string process) =>
        Definitions.Publish(new BpmnParser().Parse(Defs + process + "</bpmn:definitions>"));

    private async Task<WorkflowInstance> Run(string process, Dictionary<string, object?>? variables = null) =>
        (await Engine.StartAsync(DeployRaw(process), "bk-1", variables)).Instance;

    private static IEnumerable<string> Path(WorkflowInstance instance) => instance.History.Select(h => h.ActivityId);

    [Fact]
    public async Task Embedded_subprocess_runs_inside_and_continues_after_it()
    {
        var instance = await Run("""
            <bpmn:process id="p" isExecutable="true">
              <bpmn:startEvent id="s" /><bpmn:subProcess id="sub"><bpmn:startEvent id="ss" /><bpmn:userTask id="inner" /><bpmn:endEvent id="se" />
              <bpmn:sequenceFlow id="a" sourceRef="ss" targetRef="inner" /><bpmn:sequenceFlow id="b" sourceRef="inner" targetRef="se" /></bpmn:subProcess>
              <bpmn:userTask id="after" /><bpmn:endEvent id="e" />
              <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="sub" /><bpmn:sequenceFlow id="f2" sourceRef="sub" targetRef="after" /><bpmn:sequenceFlow id="f3" sourceRef="after" targetRef="e" />
            </bpmn:process>
            """);
        OpenTaskIds(instance).Should().Equal("inner");

        instance = await CompleteAsync(instance, "inner");
        OpenTaskIds(instance).Should().Equal("after");
        instance = await CompleteAsync(instance, "after");

        instance.Status.Should().Be(WorkflowStatus.Completed);
        Path(instance).Should().Equal("s", "sub", "ss", "inner", "se", "after", "e");
        instance.History.Should().OnlyContain(h => h.Ended != null);
    }

    [Fact]
    public async Task Interrupting_timer_on_a_subprocess_cancels_its_inner_tasks()
    {
        var instance = await Run("""
            <bpmn:process id="p" isExecutable="true">
              <bpmn:startEvent id="s" /><bpmn:subProcess id="sub"><bpmn:startEvent id="ss" /><bpmn:userTask id="inner" /><bpmn:endEvent id="se" />
              <bpmn:sequenceFlow id="a" sourceRef="ss" targetRef="inner" /><bpmn:sequenceFlow id="b" sourceRef="inner" targetRef="se" /></bpmn:subProcess>
              <bpmn:boundaryEvent id="late" attachedToRef="sub"><bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
              <bpmn:endEvent id="e" /><bpmn:endEvent id="timedOut" />
              <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="sub" /><bpmn:sequenceFlow id="f2" sourceRef="sub" targetRef="e" /><bpmn:sequenceFlow id="f3" sourceRef="late" targetRef="timedOut" />
            </bpmn:process>
            """);

        var fired = (await Engine.FireTimerAsync(instance, TimerBookmark(instance, "late"))).Instance;

        fired.Status.Should().Be(WorkflowStatus.Completed);
        fired.Tasks.Single().Status.Should().Be(WorkflowTaskStatus.Cancelled);
        Path(fired).Should().EndWith(["late", "timedOut"]);
    }

    [Fact]
    public async Task Error_end_event_in_a_subprocess_is_caught_by_the_error_boundary_event()
    {
        var instance = await Run("""
            <bpmn:process id="p" isExecutable="true">
              <bpmn:startEvent id="s" />
              <bpmn:subProcess id="sub"><bpmn:startEvent id="ss" /><bpmn:parallelGateway id="fork" /><bpmn:userTask id="waiting" /><bpmn:endEvent id="fail"><bpmn:errorEventDefinition errorRef="err" /></bpmn:endEvent>
              <bpmn:sequenceFlow id="a" sourceRef="ss" targetRef="fork" /><bpmn:sequenceFlow id="b" sourceRef="fork" targetRef="waiting" /><bpmn:sequenceFlow id="c" sourceRef="fork" targetRef="fail" /></bpmn:subProcess>
              <bpmn:boundaryEvent id="caught" attachedToRef="sub"><bpmn:errorEventDefinition errorRef="err" /></bpmn:boundaryEvent>
              <bpmn:userTask id="handle" /><bpmn:endEvent id="e" /><bpmn:endEvent id="e2" />
              <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="sub" /><bpmn:sequenceFlow id="f2" sourceRef="sub" targetRef="e" />
              <bpmn:sequenceFlow id="f3" sourceRef="caught" targetRef="handle" /><bpmn:sequenceFlow id="f4" sourceRef="handle" targetRef="e2" />
            </bpmn:process>
            """);

        OpenTaskIds(instance).Should().Equal("handle");
        instance.Tasks.Single(t => t.ElementId == "waiting").Status.Should().Be(WorkflowTaskStatus.Cancelled);
        (await CompleteAsync(instance, "handle")).Status.Should().Be(WorkflowStatus.Completed);
    }

    [Fact]
    public async Task Service_task_raising_a_bpmn_error_takes_its_error_boundary()
    {
        Handlers.Add(new ThrowingHandler("lookup", "NOT_FOUND"));
        var instance = await Run("""
            <bpmn:process id="p" isExecutable="true">
              <bpmn:startEvent id="s" /><bpmn:serviceTask id="call" camunda:class="org.example.Lookup" />
              <bpmn:boundaryEvent id="missing" attachedToRef="call"><bpmn:errorEventDefinition errorRef="err" /></bpmn:boundaryEvent>
              <bpmn:endEvent id="ok" /><bpmn:endEvent id="notFound" />
              <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="call" /><bpmn:sequenceFlow id="f2" sourceRef="call" targetRef="ok" /><bpmn:sequenceFlow id="f3" sourceRef="missing" targetRef="notFound" />
            </bpmn:process>
            """.Replace("org.example.Lookup", "lookup"));

        Path(instance).Should().Equal("s", "call", "missing", "notFound");
        instance.Status.Should().Be(WorkflowStatus.Completed);
    }

    [Fact]
    public async Task Event_subprocesses_non_interrupting_message_and_interrupting_message()
    {
        var instance = await Run("""
            <bpmn:process id="p" isExecutable="true">
              <bpmn:startEvent id="s" /><bpmn:userTask id="work" /><bpmn:endEvent id="e" />
              <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="work" /><bpmn:sequenceFlow id="f2" sourceRef="work" targetRef="e" />
              <bpmn:subProcess id="onPaid" triggeredByEvent="true"><bpmn:startEvent id="paidStart" isInterrupting="false"><bpmn:messageEventDefinition messageRef="m_pay" /></bpmn:startEvent>
                <bpmn:userTask id="book" /><bpmn:endEvent id="booked" /><bpmn:sequenceFlow id="x1" sourceRef="paidStart" targetRef="book" /><bpmn:sequenceFlow id="x2" sourceRef="book" targetRef="booked" /></bpmn:subProcess>
              <bpmn:subProcess id="onCancel" triggeredByEvent="true"><bpmn:startEvent id="cancelStart"><bpmn:messageEventDefinition messageRef="m_cancel" /></bpmn:startEvent>
                <bpmn:endEvent id="cancelled" /><bpmn:sequenceFlow id="y1" sourceRef="cancelStart" targetRef="cancelled" /></bpmn:subProcess>
            </bpmn:process>
            """);

        instance = (await Engine.DeliverMessageAsync(instance, "paid")).Instance;
        OpenTaskIds(instance).Should().BeEquivalentTo(["work", "book"]);
        instance = await CompleteAsync(instance, "book");
        instance.Status.Should().Be(WorkflowStatus.Running);

        instance = (await Engine.DeliverMessageAsync(instance, "cancelRequested")).Instance;
        instance.Status.Should().Be(WorkflowStatus.Completed);
        instance.Tasks.Single(t => t.ElementId == "work").Status.Should().Be(WorkflowTaskStatus.Cancelled);
        Path(instance).Should().EndWith(["onCancel", "cancelStart", "cancelled"]);
        instance.Bookmarks.Should().BeEmpty();
    }

    [Fact]
    public async Task Timer_event_subprocess_interrupts_the_process()
    {
        var instance = await Run("""
            <bpmn:process id="p" isExecutable="true">
              <bpmn:startEvent id="s" /><bpmn:userTask id="work" /><bpmn:endEvent id="e" />
              <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="work" /><bpmn:sequenceFlow id="f2" sourceRef="work" targetRef="e" />
              <bpmn:subProcess id="timeout" triggeredByEvent="true"><bpmn:startEvent id="ts"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:startEvent>
                <bpmn:endEvent id="te" /><bpmn:sequenceFlow id="x1" sourceRef="ts" targetRef="te" /></bpmn:subProcess>
            </bpmn:process>
            """);

        var fired = (await Engine.FireTimerAsync(instance, TimerBookmark(instance, "ts"))).Instance;

        fired.Status.Should().Be(WorkflowStatus.Completed);
        Path(fired).Should().EndWith(["timeout", "ts", "te"]);
    }

    [Fact]
    public async Task Receive_task_with_message_boundary_and_signal_broadcast_inside_the_instance()
    {
        var instance = await Run("""
            <bpmn:process id="p" isExecutable="true">
              <bpmn:startEvent id="s" /><bpmn:parallelGateway id="fork" /><bpmn:receiveTask id="awaitPay" messageRef="m_pay" />
              <bpmn:intermediateCatchEvent id="hear"><bpmn:signalEventDefinition signalRef="sig" /></bpmn:intermediateCatchEvent>
              <bpmn:intermediateThrowEvent id="shout"><bpmn:signalEventDefinition signalRef="sig" /></bpmn:intermediateThrowEvent>
              <bpmn:parallelGateway id="join" /><bpmn:endEvent id="e" />
              <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="fork" /><bpmn:sequenceFlow id="f2" sourceRef="fork" targetRef="hear" /><bpmn:sequenceFlow id="f3" sourceRef="fork" targetRef="awaitPay" />
              <bpmn:sequenceFlow id="f4" sourceRef="awaitPay" targetRef="shout" /><bpmn:sequenceFlow id="f5" sourceRef="shout" targetRef="join" /><bpmn:sequenceFlow id="f6" sourceRef="hear" targetRef="join" />
              <bpmn:sequenceFlow id="f7" sourceRef="join" targetRef="e" />
            </bpmn:process>
            """);
        instance.Bookmarks.Select(b => b.Kind).Should().BeEquivalentTo([BookmarkKind.Message, BookmarkKind.Signal]);

        var result = await Engine.DeliverMessageAsync(instance, "paid");

        result.Instance.Status.Should().Be(WorkflowStatus.Completed);
        result.Effects.OfType<SignalThrown>().Should().ContainSingle().Which.SignalName.Should().Be("alarm");
    }

    [Fact]
    public async Task Link_events_jump_and_conditional_events_wait_for_their_condition()
    {
        var instance = await Run("""
            <bpmn:process id="p" isExecutable="true">
              <bpmn:startEvent id="s" /><bpmn:intermediateThrowEvent id="go"><bpmn:linkEventDefinition name="B" /></bpmn:intermediateThrowEvent>
              <bpmn:intermediateCatchEvent id="landed"><bpmn:linkEventDefinition name="B" /></bpmn:intermediateCatchEvent>
              <bpmn:parallelGateway id="fork" /><bpmn:userTask id="set" />
              <bpmn:intermediateCatchEvent id="whenReady"><bpmn:conditionalEventDefinition><bpmn:condition xsi:type="bpmn:tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${ready == true}</bpmn:condition></bpmn:conditionalEventDefinition></bpmn:intermediateCatchEvent>
              <bpmn:endEvent id="e1" /><bpmn:endEvent id="e2" />
              <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="go" /><bpmn:sequenceFlow id="f2" sourceRef="landed" targetRef="fork" />
              <bpmn:sequenceFlow id="f3" sourceRef="fork" targetRef="set" /><bpmn:sequenceFlow id="f4" sourceRef="fork" targetRef="whenReady" />
              <bpmn:sequenceFlow id="f5" sourceRef="set" targetRef="e1" /><bpmn:sequenceFlow id="f6" sourceRef="whenReady" targetRef="e2" />
            </bpmn:process>
            """, new() { ["ready"] = false });
        Path(instance).Should().StartWith(["s", "go", "landed", "fork"]);
        instance.Bookmarks.Should().ContainSingle(b => b.Kind == BookmarkKind.Conditional);

        instance = await CompleteAsync(instance, "set", variables: new Dictionary<string, object?> { ["ready"] = true });

        instance.Status.Should().Be(WorkflowStatus.Completed);
        Path(instance).Should().Contain("e2");
    }

    [Fact]
    public async Task Non_interrupting_escalation_from_a_subprocess_runs_beside_it()
    {
        var instance = await Run("""
            <bpmn:process id="p" isExecutable="true">
              <bpmn:startEvent id="s" />
              <bpmn:subProcess id="sub"><bpmn:startEvent id="ss" /><bpmn:intermediateThrowEvent id="raise"><bpmn:escalationEventDefinition escalationRef="esc" /></bpmn:intermediateThrowEvent>
                <bpmn:userTask id="inner" /><bpmn:endEvent id="se" />
                <bpmn:sequenceFlow id="a" sourceRef="ss" targetRef="raise" /><bpmn:sequenceFlow id="b" sourceRef="raise" targetRef="inner" /><bpmn:sequenceFlow id="c" sourceRef="inner" targetRef="se" /></bpmn:subProcess>
              <bpmn:boundaryEvent id="escalated" attachedToRef="sub" cancelActivity="false"><bpmn:escalationEventDefinition escalationRef="esc" /></bpmn:boundaryEvent>
              <bpmn:userTask id="inform" /><bpmn:endEvent id="e" /><bpmn:endEvent id="e2" />
              <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="sub" /><bpmn:sequenceFlow id="f2" sourceRef="sub" targetRef="e" />
              <bpmn:sequenceFlow id="f3" sourceRef="escalated" targetRef="inform" /><bpmn:sequenceFlow id="f4" sourceRef="inform" targetRef="e2" />
            </bpmn:process>
            """);

        OpenTaskIds(instance).Should().BeEquivalentTo(["inner", "inform"]);
        instance = await CompleteAsync(instance, "inner");
        instance = await CompleteAsync(instance, "inform");
        instance.Status.Should().Be(WorkflowStatus.Completed);
    }

    [Fact]
    public async Task Juel_operators_hash_expressions_and_execution_getVariable_mean_what_they_mean_in_Camunda()
    {
        var instance = await Run("""
            <bpmn:process id="p" isExecutable="true">
              <bpmn:startEvent id="s" /><bpmn:exclusiveGateway id="g" />
              <bpmn:endEvent id="big" /><bpmn:endEvent id="small" />
              <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="g" />
              <bpmn:sequenceFlow id="f2" sourceRef="g" targetRef="big"><bpmn:conditionExpression>#{amount gt 1000 and not empty name and execution.getVariable('kind').equals('loan')}</bpmn:conditionExpression></bpmn:sequenceFlow>
              <bpmn:sequenceFlow id="f3" sourceRef="g" targetRef="small"><bpmn:conditionExpression>${amount &lt;= 1000 || name == ''}</bpmn:conditionExpression></bpmn:sequenceFlow>
            </bpmn:process>
            """, new() { ["amount"] = 5000, ["name"] = "An", ["kind"] = "loan" });

        Path(instance).Should().Equal("s", "g", "big");
    }

    [Fact]
    public async Task Camunda_date_functions_now_and_dateTime_give_a_due_date_a_week_ahead_and_compute_differences()
    {
        // Camunda's invoice example: camunda:dueDate="${dateTime().plusWeeks(1).toDate()}".
        var instance = await Run("""
            <bpmn:process id="p" isExecutable="true">
              <bpmn:startEvent id="s" />
              <bpmn:scriptTask id="calc" scriptFormat="javascript"><bpmn:script>execution.setVariable('x', 1);</bpmn:script></bpmn:scriptTask>
              <bpmn:exclusiveGateway id="g" /><bpmn:userTask id="approve" camunda:dueDate="${dateTime().plusWeeks(1).toDate()}" /><bpmn:endEvent id="wrong" />
              <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="calc" /><bpmn:sequenceFlow id="f2" sourceRef="calc" targetRef="g" />
              <bpmn:sequenceFlow id="f3" sourceRef="g" targetRef="approve"><bpmn:conditionExpression>${Math.round((dateTime().plusDays(2).minusHours(1).toDate().getTime() - now().getTime()) / 3600000) == 47}</bpmn:conditionExpression></bpmn:sequenceFlow>
              <bpmn:sequenceFlow id="f4" sourceRef="g" targetRef="wrong"><bpmn:conditionExpression>${Math.round((dateTime().plusDays(2).minusHours(1).toDate().getTime() - now().getTime()) / 3600000) != 47}</bpmn:conditionExpression></bpmn:sequenceFlow>
            </bpmn:process>
            """);

        Path(instance).Should().Equal("s", "calc", "g", "approve");
        var task = OpenTask(instance, "approve");
        task.DueAt.Should().Be(Clock.GetUtcNow().AddDays(7), "dateTime() is the engine's clock");
    }

    [Fact]
    public async Task Call_activity_maps_only_named_variables_and_binds_by_version_tag()
    {
        DeployRaw("""<bpmn:process id="child" isExecutable="true" camunda:versionTag="v1"><bpmn:startEvent id="cs" /><bpmn:scriptTask id="calc" scriptFormat="javascript"><bpmn:script>execution.setVariable('total', base * 2); execution.setVariable('noise', 1);</bpmn:script></bpmn:scriptTask><bpmn:endEvent id="ce" /><bpmn:sequenceFlow id="c1" sourceRef="cs" targetRef="calc" /><bpmn:sequenceFlow id="c2" sourceRef="calc" targetRef="ce" /></bpmn:process>""");
        DeployRaw("""<bpmn:process id="child" isExecutable="true" camunda:versionTag="v2"><bpmn:startEvent id="cs" /><bpmn:endEvent id="ce" /><bpmn:sequenceFlow id="c1" sourceRef="cs" targetRef="ce" /></bpmn:process>""");

        var instance = await Run("""
            <bpmn:process id="p" isExecutable="true">
              <bpmn:startEvent id="s" />
              <bpmn:callActivity id="call" calledElement="child" camunda:calledElementBinding="versionTag" camunda:calledElementVersionTag="v1">
                <bpmn:extensionElements><camunda:in source="amount" target="base" /><camunda:in businessKey="#{execution.processBusinessKey}" /><camunda:out source="total" target="result" /></bpmn:extensionElements>
              </bpmn:callActivity>
              <bpmn:endEvent id="e" />
              <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="call" /><bpmn:sequenceFlow id="f2" sourceRef="call" targetRef="e" />
            </bpmn:process>
            """, new() { ["amount"] = 21, ["secret"] = "x" });

        instance.Status.Should().Be(WorkflowStatus.Completed);
        instance.Variables["result"]!.GetValue<int>().Should().Be(42);
        instance.Variables.ContainsKey("noise").Should().BeFalse();
    }

    [Theory]
    [InlineData("lan", "lan")]
    [InlineData(null, null)]
    public async Task Task_listener_scripts_call_Camunda_task_methods_as_the_invoice_example_does(string? approver, string? expectedAssignee)
    {
        // The listeners of approveInvoice in Camunda's invoice example, verbatim.
        var instance = await Run("""
            <bpmn:process id="p" isExecutable="true">
              <bpmn:startEvent id="s" />
              <bpmn:userTask id="approveInvoice" camunda:candidateGroups="accounting">
                <bpmn:extensionElements>
                  <camunda:taskListener event="create">
                    <camunda:script scriptFormat="javascript">if(!!task.getVariable('approver')) {
              task.setAssignee(approver);
            }</camunda:script>
                  </camunda:taskListener>
                  <camunda:taskListener event="assignment">
                    <camunda:script scriptFormat="javascript">task.setVariable('approver', task.getAssignee());</camunda:script>
                  </camunda:taskListener>
                </bpmn:extensionElements>
              </bpmn:userTask>
              <bpmn:endEvent id="e" />
              <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="approveInvoice" /><bpmn:sequenceFlow id="f2" sourceRef="approveInvoice" targetRef="e" />
            </bpmn:process>
            """, approver is null ? null : new() { ["approver"] = approver });

        OpenTask(instance, "approveInvoice").Assignee.Should().Be(expectedAssignee);
        (instance.Variables["approver"]?.GetValue<string>()).Should().Be(expectedAssignee);
    }

    [Fact]
    public async Task A_create_listener_script_reads_and_sets_the_task_priority_and_other_listeners_do_not()
    {
        var instance = await Run("""
            <bpmn:process id="p" isExecutable="true">
              <bpmn:startEvent id="s" />
              <bpmn:userTask id="review" camunda:assignee="lan" camunda:priority="${40}" camunda:followUpDate="P2D">
                <bpmn:extensionElements>
                  <camunda:taskListener event="create">
                    <camunda:script scriptFormat="javascript">task.setVariable('seen', task.getPriority());
            if (amount > 1000) { task.setPriority(task.getPriority() + 30); }</camunda:script>
                  </camunda:taskListener>
                  <camunda:taskListener event="assignment">
                    <camunda:script scriptFormat="javascript">task.setPriority(99);</camunda:script>
                  </camunda:taskListener>
                </bpmn:extensionElements>
              </bpmn:userTask>
              <bpmn:endEvent id="e" />
              <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="review" /><bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="e" />
            </bpmn:process>
            """, new() { ["amount"] = 5000 });

        var task = OpenTask(instance, "review");
        task.Priority.Should().Be(70);
        task.FollowUpAt.Should().Be(Clock.GetUtcNow().AddDays(2));
        instance.Variables["seen"]!.GetValue<int>().Should().Be(40);
        instance.Variables.Should().NotContainKey("__priority", "only a create listener sets the priority");
    }

    [Fact]
    public async Task Execution_and_task_listeners_run_scripts_and_expressions_and_java_listeners_are_listed_for_binding()
    {
        var xml = Defs + """
            <bpmn:process id="p" isExecutable="true">
              <bpmn:startEvent id="s" />
              <bpmn:userTask id="review" camunda:assignee="lan">
                <bpmn:extensionElements>
                  <camunda:executionListener event="start"><camunda:script scriptFormat="javascript">execution.setVariable('started', true);</camunda:script></camunda:executionListener>
                  <camunda:taskListener event="create"><camunda:script scriptFormat="javascript">execution.setVariable('reviewer', task.assignee);</camunda:script></camunda:taskListener>
                  <camunda:taskListener event="complete" expression="${task.assignee == 'lan'}" />
                  <camunda:executionListener class="" event="" />
                  <camunda:executionListener event="end" class="org.example.Audit" />
                </bpmn:extensionElements>
              </bpmn:userTask>
              <bpmn:endEvent id="e" />
              <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="review" />
              <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="e"><bpmn:extensionElements><camunda:executionListener event="take"><camunda:script scriptFormat="javascript">execution.setVariable('taken', 'f2');</camunda:script></camunda:executionListener></bpmn:extensionElements></bpmn:sequenceFlow>
            </bpmn:process></bpmn:definitions>
            """;
        var process = new BpmnParser().Parse(xml);
        process.UnboundJavaElements.Should().ContainSingle().Which.Should().Be(new JavaImplementation("review", 11, "listener class", "org.example.Audit"));

        var instance = (await Engine.StartAsync(Definitions.Publish(process), "bk", null)).Instance;
        instance.Variables["started"]!.GetValue<bool>().Should().BeTrue();
        instance.Variables["reviewer"]!.GetValue<string>().Should().Be("lan");

        instance = await CompleteAsync(instance, "review", actor: new Actor("lan"));
        instance.Variables["taken"]!.GetValue<string>().Should().Be("f2");
        instance.Status.Should().Be(WorkflowStatus.Completed);
    }

    private sealed class ThrowingHandler(string name, string code) : IServiceTaskHandler
    {
        public string Name => name;

        public Task ExecuteAsync(ServiceTaskContext context) => throw new BpmnErrorException(code);
    }
}
