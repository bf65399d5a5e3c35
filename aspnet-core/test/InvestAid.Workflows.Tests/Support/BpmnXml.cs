namespace InvestAid.Workflows.Support;

/// <summary>Terse builders for BPMN test models; each element on its own line so line numbers are checkable.</summary>
public static class BpmnXml
{
    public static string Model(string body, string processId = "p", params string[] messages) =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:ia="http://investaid.vn/schema/bpmn" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="http://investaid.vn/test">
        <bpmn:process id="{processId}" isExecutable="true">
        {body}
        </bpmn:process>
        {string.Concat(messages.Select(m => $"<bpmn:message id=\"Msg_{m}\" name=\"{m}\" />\n"))}</bpmn:definitions>
        """;

    public static string Start(string id = "start") => $"<bpmn:startEvent id=\"{id}\" />\n";

    public static string End(string id = "end") => $"<bpmn:endEvent id=\"{id}\" />\n";

    public static string Terminate(string id) => $"<bpmn:endEvent id=\"{id}\"><bpmn:terminateEventDefinition /></bpmn:endEvent>\n";

    public static string Task(string id, string attributes = "") => $"<bpmn:userTask id=\"{id}\" name=\"{id}\" {attributes} />\n";

    public static string Flow(string id, string from, string to, string? condition = null) => condition is null
        ? $"<bpmn:sequenceFlow id=\"{id}\" sourceRef=\"{from}\" targetRef=\"{to}\" />\n"
        : $"<bpmn:sequenceFlow id=\"{id}\" sourceRef=\"{from}\" targetRef=\"{to}\"><bpmn:conditionExpression>{System.Security.SecurityElement.Escape(condition)}</bpmn:conditionExpression></bpmn:sequenceFlow>\n";

    public static string Exclusive(string id, string? defaultFlow = null) => Gateway("exclusiveGateway", id, defaultFlow);

    public static string Inclusive(string id, string? defaultFlow = null) => Gateway("inclusiveGateway", id, defaultFlow);

    public static string Parallel(string id) => Gateway("parallelGateway", id, null);

    public static string TimerCatch(string id, string duration) =>
        $"<bpmn:intermediateCatchEvent id=\"{id}\"><bpmn:timerEventDefinition><bpmn:timeDuration>{duration}</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>\n";

    public static string MessageCatch(string id, string message) =>
        $"<bpmn:intermediateCatchEvent id=\"{id}\"><bpmn:messageEventDefinition messageRef=\"Msg_{message}\" /></bpmn:intermediateCatchEvent>\n";

    public static string BoundaryTimer(string id, string attachedTo, string timer, bool interrupting = true) =>
        $"<bpmn:boundaryEvent id=\"{id}\" attachedToRef=\"{attachedTo}\" cancelActivity=\"{(interrupting ? "true" : "false")}\"><bpmn:timerEventDefinition>{timer}</bpmn:timerEventDefinition></bpmn:boundaryEvent>\n";

    public static string Script(string id, string script) =>
        $"<bpmn:scriptTask id=\"{id}\" scriptFormat=\"javascript\"><bpmn:script><![CDATA[{script}]]></bpmn:script></bpmn:scriptTask>\n";

    /// <summary>A straight line start → elements → end, flows named f1, f2, …</summary>
    public static string Line(params string[] ids)
    {
        var all = new[] { "start" }.Concat(ids).Append("end").ToArray();
        return string.Concat(all.Zip(all.Skip(1), (from, to) => (from, to)).Select((pair, i) => Flow($"f{i + 1}", pair.from, pair.to)));
    }

    /// <summary>The 1-based line of the first line of <paramref name="xml"/> that contains <paramref name="text"/>.</summary>
    public static int LineOf(string xml, string text) =>
        xml.Split('\n').Select((line, index) => (line, index)).First(l => l.line.Contains(text, StringComparison.Ordinal)).index + 1;

    private static string Gateway(string kind, string id, string? defaultFlow) =>
        defaultFlow is null ? $"<bpmn:{kind} id=\"{id}\" />\n" : $"<bpmn:{kind} id=\"{id}\" default=\"{defaultFlow}\" />\n";
}
