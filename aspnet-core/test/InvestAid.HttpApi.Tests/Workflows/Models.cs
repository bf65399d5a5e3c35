namespace InvestAid.HttpApi.Workflows;

/// <summary>BPMN models for the API tests; each test uses its own process key so tests can share the database.</summary>
internal static class Models
{
    public static string UniqueKey(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];

    public static string Wrap(string key, string body) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:ia="http://investaid.vn/schema/bpmn" id="defs" targetNamespace="http://investaid.vn/test">
        <bpmn:process id="{key}" name="Test {key}" isExecutable="true">
        {body}
        </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>Officer reviews → approver approves → leader decides → end.</summary>
    public static string ThreeTasks(string key) => Wrap(key, """
        <bpmn:startEvent id="start" />
        <bpmn:userTask id="review" name="Review" ia:candidateGroups="officer" ia:outcomes="complete,incomplete" />
        <bpmn:userTask id="approve" name="Approve" ia:candidateGroups="approver" />
        <bpmn:userTask id="decide" name="Decide" ia:candidateGroups="leader" ia:outcomes="approve,reject" />
        <bpmn:endEvent id="end" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="review" />
        <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="approve" />
        <bpmn:sequenceFlow id="f3" sourceRef="approve" targetRef="decide" />
        <bpmn:sequenceFlow id="f4" sourceRef="decide" targetRef="end" />
        """);

    /// <summary>Waits on a timer, then offers a task to officers.</summary>
    public static string Timer(string key, string duration) => Wrap(key, $"""
        <bpmn:startEvent id="start" />
        <bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDuration>{duration}</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
        <bpmn:userTask id="after" name="After" ia:candidateGroups="officer" />
        <bpmn:endEvent id="end" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait" />
        <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="after" />
        <bpmn:sequenceFlow id="f3" sourceRef="after" targetRef="end" />
        """);

    public static string Script(string key, string script) => Wrap(key, $"""
        <bpmn:startEvent id="start" />
        <bpmn:scriptTask id="run" scriptFormat="javascript"><bpmn:script><![CDATA[{script}]]></bpmn:script></bpmn:scriptTask>
        <bpmn:endEvent id="end" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="run" />
        <bpmn:sequenceFlow id="f2" sourceRef="run" targetRef="end" />
        """);

    public static string ThrowingCondition(string key) => Wrap(key, """
        <bpmn:startEvent id="start" />
        <bpmn:exclusiveGateway id="choose" default="f3" />
        <bpmn:endEvent id="end" />
        <bpmn:endEvent id="other" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="choose" />
        <bpmn:sequenceFlow id="f2" sourceRef="choose" targetRef="end"><bpmn:conditionExpression>${missing.property.deep == 1}</bpmn:conditionExpression></bpmn:sequenceFlow>
        <bpmn:sequenceFlow id="f3" sourceRef="choose" targetRef="other" />
        """);
}
