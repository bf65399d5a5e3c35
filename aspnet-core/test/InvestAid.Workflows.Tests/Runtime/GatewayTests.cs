using InvestAid.Workflows.Runtime.State;
using InvestAid.Workflows.Support;
using static InvestAid.Workflows.Support.BpmnXml;

namespace InvestAid.Workflows.Runtime;

public sealed class GatewayTests : EngineTestBase
{
    private const string Decision =
        "<bpmn:startEvent id=\"start\" />\n" + "<bpmn:userTask id=\"decide\" ia:outcomes=\"approve,reject,return\" />\n"
        + "<bpmn:exclusiveGateway id=\"g\" default=\"fOther\" />\n"
        + "<bpmn:userTask id=\"record\" />\n<bpmn:userTask id=\"reply\" />\n<bpmn:userTask id=\"other\" />\n"
        + "<bpmn:sequenceFlow id=\"f1\" sourceRef=\"start\" targetRef=\"decide\" />\n"
        + "<bpmn:sequenceFlow id=\"f2\" sourceRef=\"decide\" targetRef=\"g\" />\n"
        + "<bpmn:sequenceFlow id=\"fApprove\" sourceRef=\"g\" targetRef=\"record\"><bpmn:conditionExpression>${outcome == 'approve'}</bpmn:conditionExpression></bpmn:sequenceFlow>\n"
        + "<bpmn:sequenceFlow id=\"fAlsoTrue\" sourceRef=\"g\" targetRef=\"reply\"><bpmn:conditionExpression>${outcome != 'return'}</bpmn:conditionExpression></bpmn:sequenceFlow>\n"
        + "<bpmn:sequenceFlow id=\"fOther\" sourceRef=\"g\" targetRef=\"other\" />\n";

    [Fact]
    public async Task Exclusive_gateway_takes_the_first_true_condition_only()
    {
        var instance = await CompleteAsync(await StartAsync(Decision), "decide", "approve");

        OpenTaskIds(instance).Should().Equal("record");
    }

    [Fact]
    public async Task Exclusive_gateway_takes_the_default_when_nothing_holds()
    {
        var instance = await CompleteAsync(await StartAsync(Decision), "decide", "return");

        OpenTaskIds(instance).Should().Equal("other");
    }

    [Fact]
    public async Task Exclusive_gateway_without_match_or_default_faults_the_instance()
    {
        var instance = await StartAsync(Start() + Exclusive("g") + End("a") + End("b") + Flow("f0", "start", "g")
            + Flow("fa", "g", "a", "${amount > 100}") + Flow("fb", "g", "b", "${amount < 0}"), new Dictionary<string, object?> { ["amount"] = 50 });

        instance.Status.Should().Be(WorkflowStatus.Faulted);
        instance.FaultMessage.Should().Contain("'g'").And.Contain("no default flow");
    }

    [Fact]
    public async Task Parallel_join_waits_for_every_branch()
    {
        var body = Start() + Parallel("fork") + Task("a") + Task("b") + Task("c") + Parallel("join") + Task("after") + End()
            + Flow("f0", "start", "fork") + Flow("fa", "fork", "a") + Flow("fb", "fork", "b") + Flow("fc", "fork", "c")
            + Flow("ja", "a", "join") + Flow("jb", "b", "join") + Flow("jc", "c", "join") + Flow("f1", "join", "after") + Flow("f2", "after", "end");
        var instance = await StartAsync(body);
        OpenTaskIds(instance).Should().BeEquivalentTo(["a", "b", "c"]);

        instance = await CompleteAsync(await CompleteAsync(instance, "a"), "c");
        OpenTaskIds(instance).Should().Equal("b");

        instance = await CompleteAsync(instance, "b");
        OpenTaskIds(instance).Should().Equal("after");
        instance.Tokens.Should().ContainSingle();

        (await CompleteAsync(instance, "after")).Status.Should().Be(WorkflowStatus.Completed);
    }

    private static string InclusiveModel =>
        Start() + Inclusive("fork", "fDefault") + Task("finance") + Task("police") + Task("foreign") + Task("generic") + Inclusive("join") + Task("appraise") + End()
        + Flow("f0", "start", "fork")
        + Flow("fFinance", "fork", "finance", "${capital > 1000}") + Flow("fPolice", "fork", "police", "${foreignStaff}")
        + Flow("fForeign", "fork", "foreign", "${donorAbroad}") + Flow("fDefault", "fork", "generic")
        + Flow("j1", "finance", "join") + Flow("j2", "police", "join") + Flow("j3", "foreign", "join") + Flow("j4", "generic", "join")
        + Flow("f1", "join", "appraise") + Flow("f2", "appraise", "end");

    [Fact]
    public async Task Inclusive_join_waits_only_for_the_branches_its_fork_activated()
    {
        var instance = await StartAsync(InclusiveModel, new Dictionary<string, object?> { ["capital"] = 5000, ["foreignStaff"] = true, ["donorAbroad"] = false });
        OpenTaskIds(instance).Should().BeEquivalentTo(["finance", "police"]);

        instance = await CompleteAsync(instance, "police");
        OpenTaskIds(instance).Should().Equal("finance");

        instance = await CompleteAsync(instance, "finance");
        OpenTaskIds(instance).Should().Equal("appraise");
        instance.InclusiveForks.Should().BeEmpty();
    }

    [Fact]
    public async Task Inclusive_fork_takes_the_default_when_no_condition_holds_and_the_join_passes_it()
    {
        var instance = await StartAsync(InclusiveModel, new Dictionary<string, object?> { ["capital"] = 10, ["foreignStaff"] = false, ["donorAbroad"] = false });
        OpenTaskIds(instance).Should().Equal("generic");

        OpenTaskIds(await CompleteAsync(instance, "generic")).Should().Equal("appraise");
    }

    [Fact]
    public async Task An_activity_whose_conditional_flows_all_fail_faults_instead_of_dropping_the_token()
    {
        var instance = await StartAsync(Start() + Task("t") + End() + Flow("f0", "start", "t") + Flow("f1", "t", "end", "${ready}"));

        var after = await CompleteAsync(instance, "t", variables: new Dictionary<string, object?> { ["ready"] = false });

        after.Status.Should().Be(WorkflowStatus.Faulted);
        after.FaultMessage.Should().Contain("'t'");
    }
}
