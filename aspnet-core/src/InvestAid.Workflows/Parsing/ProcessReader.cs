using System.Xml.Linq;
using InvestAid.Workflows.Bpmn;

namespace InvestAid.Workflows.Parsing;

/// <summary>
/// Turns the XML of one process into nodes and flows, recording (not throwing) every element
/// outside the supported subset so the author sees all problems at once.
/// </summary>
internal sealed class ProcessReader(List<BpmnValidationError> errors)
{
    private static readonly XNamespace Bpmn = BpmnNamespaces.Model;

    // Elements carrying no behaviour: accepted and ignored.
    private static readonly HashSet<string> Inert = ["documentation", "extensionElements", "laneSet", "textAnnotation", "association", "incoming", "outgoing"];

    private readonly Dictionary<string, string> messages = [];

    public BpmnProcess? Read(XDocument document)
    {
        var root = document.Root!;
        if (root.Name != Bpmn + "definitions")
        {
            Error(null, root, "The root element must be bpmn:definitions in namespace " + Bpmn.NamespaceName + ".");
            return null;
        }

        var processes = new List<XElement>();
        foreach (var child in root.Elements().Where(e => e.Name.Namespace == Bpmn))
        {
            switch (child.Name.LocalName)
            {
                case "process": processes.Add(child); break;
                case "message": messages[child.Attr("id") ?? ""] = child.Attr("name") ?? child.Attr("id") ?? ""; break;
                case "documentation" or "extensionElements": break;
                default: Unsupported(child); break;
            }
        }

        if (processes.Count != 1)
        {
            Error(null, root, processes.Count == 0 ? "The file has no process." : "A file must hold exactly one process.");
            return null;
        }

        return ReadProcess(processes[0]);
    }

    private BpmnProcess ReadProcess(XElement process)
    {
        var key = process.Attr("id");
        if (key is null)
        {
            Error(null, process, "The process has no id.");
        }

        var nodes = new Dictionary<string, FlowNode>();
        var flows = new Dictionary<string, SequenceFlow>();
        foreach (var element in process.Elements().Where(e => e.Name.Namespace == Bpmn))
        {
            if (Inert.Contains(element.Name.LocalName))
            {
                continue;
            }

            var id = element.Attr("id");
            if (id is null)
            {
                Error(null, element, $"A {element.Name.LocalName} has no id.");
                continue;
            }

            if (nodes.ContainsKey(id) || flows.ContainsKey(id))
            {
                Error(id, element, "The id is used twice.");
                continue;
            }

            if (element.Name.LocalName == "sequenceFlow")
            {
                flows[id] = ReadFlow(id, element);
            }
            else if (ReadNode(id, element) is { } node)
            {
                nodes[id] = node;
            }
        }

        return ModelWiring.Wire(key ?? "", process.Attr("name"), nodes, flows, process.Line(), errors);
    }

    private FlowNode? ReadNode(string id, XElement e)
    {
        var name = e.Attr("name");
        var line = e.Line();
        switch (e.Name.LocalName)
        {
            case "startEvent":
                CheckChildren(e, "messageEventDefinition");
                return new StartEvent(id, name, line, e.Child("messageEventDefinition") is { } startMessage ? MessageName(id, startMessage) : null);
            case "endEvent":
                CheckChildren(e, "terminateEventDefinition");
                return new EndEvent(id, name, line, e.Child("terminateEventDefinition") is not null);
            case "intermediateCatchEvent":
                CheckChildren(e, "timerEventDefinition", "messageEventDefinition");
                if (e.Child("timerEventDefinition") is { } timer)
                {
                    return ReadTimer(id, timer) is { } spec ? new TimerCatchEvent(id, name, line, spec) : null;
                }

                if (e.Child("messageEventDefinition") is { } message)
                {
                    return new MessageCatchEvent(id, name, line, MessageName(id, message));
                }

                Error(id, e, "An intermediate catch event needs a timer or message definition.");
                return null;
            case "boundaryEvent":
                return ReadBoundary(id, name, line, e);
            case "userTask":
                CheckChildren(e, "multiInstanceLoopCharacteristics");
                return new UserTask(id, name, line, e.Extension("assignee"), e.ExtensionList("candidateUsers"), e.ExtensionList("candidateGroups"),
                    e.Extension("dueDate"), e.Extension("formKey"), e.ExtensionList("outcomes"), ReadMultiInstance(id, e));
            case "serviceTask":
                CheckChildren(e);
                return ReadServiceTask(id, name, line, e);
            case "businessRuleTask":
                CheckChildren(e);
                return BusinessRuleTaskReader.Read(id, name, line, e, errors);
            case "scriptTask":
                CheckChildren(e, "script");
                return ReadScriptTask(id, name, line, e);
            case "callActivity":
                CheckChildren(e);
                if (e.Attr("calledElement") is { } called)
                {
                    return new CallActivity(id, name, line, called);
                }

                Error(id, e, "A call activity needs calledElement.");
                return null;
            case "exclusiveGateway":
                CheckChildren(e);
                return new ExclusiveGateway(id, name, line, e.Attr("default"));
            case "inclusiveGateway":
                CheckChildren(e);
                return new InclusiveGateway(id, name, line, e.Attr("default"));
            case "parallelGateway":
                CheckChildren(e);
                return new ParallelGateway(id, name, line);
            default:
                Unsupported(e);
                return null;
        }
    }

    private SequenceFlow ReadFlow(string id, XElement e)
    {
        CheckChildren(e, "conditionExpression");
        var condition = e.ChildText("conditionExpression");
        if (condition is not null && !(condition.StartsWith("${", StringComparison.Ordinal) && condition.EndsWith('}')))
        {
            Error(id, e, $"The condition '{condition}' must be written as ${{...}}.");
        }

        return new SequenceFlow(id, e.Attr("name"), e.Attr("sourceRef") ?? "", e.Attr("targetRef") ?? "", condition, e.Line());
    }

    private BoundaryTimerEvent? ReadBoundary(string id, string? name, int line, XElement e)
    {
        CheckChildren(e, "timerEventDefinition");
        var timer = e.Child("timerEventDefinition");
        if (timer is null)
        {
            Error(id, e, "Only timer boundary events are supported.");
            return null;
        }

        var interrupting = !string.Equals(e.Attr("cancelActivity"), "false", StringComparison.OrdinalIgnoreCase);
        return ReadTimer(id, timer) is { } spec ? new BoundaryTimerEvent(id, name, line, e.Attr("attachedToRef") ?? "", interrupting, spec) : null;
    }

    private TimerSpec? ReadTimer(string id, XElement definition)
    {
        CheckChildren(definition, "timeDuration", "timeDate", "timeCycle");
        (TimerKind Kind, string? Text)[] candidates =
        [
            (TimerKind.Duration, definition.ChildText("timeDuration")),
            (TimerKind.Date, definition.ChildText("timeDate")),
            (TimerKind.Cycle, definition.ChildText("timeCycle")),
        ];
        var given = candidates.Where(c => c.Text is not null).ToList();
        if (given.Count != 1)
        {
            Error(id, definition, "A timer needs exactly one of timeDuration, timeDate or timeCycle.");
            return null;
        }

        if (TimerSpecParser.TryParse(given[0].Kind, given[0].Text!, out var spec))
        {
            return spec;
        }

        Error(id, definition, $"The timer '{given[0].Text}' is not an ISO 8601 {given[0].Kind.ToString().ToLowerInvariant()} (or P<n>WD, or a valid ${{...}} expression).");
        return null;
    }

    private MultiInstanceSpec? ReadMultiInstance(string id, XElement task)
    {
        var mi = task.Child("multiInstanceLoopCharacteristics");
        if (mi is null)
        {
            return null;
        }

        CheckChildren(mi, "loopCardinality", "completionCondition");
        var spec = new MultiInstanceSpec(
            string.Equals(mi.Attr("isSequential"), "true", StringComparison.OrdinalIgnoreCase),
            mi.Extension("collection"),
            mi.Extension("elementVariable"),
            mi.ChildText("loopCardinality"),
            mi.ChildText("completionCondition"));
        if (spec.Collection is null && spec.LoopCardinality is null)
        {
            Error(id, mi, "A multi-instance task needs a collection or a loopCardinality.");
        }

        return spec;
    }

    // Rule: ia:handler names the handler; failing that camunda:topic (external task), then
    // camunda:class, so Camunda models run once a handler is registered under that name.
    private ServiceTask? ReadServiceTask(string id, string? name, int line, XElement e)
    {
        if (e.Attribute(BpmnNamespaces.Camunda + "expression") is not null || e.Attribute(BpmnNamespaces.Camunda + "delegateExpression") is not null)
        {
            Error(id, e, "camunda:expression and camunda:delegateExpression are not supported; name a handler with ia:handler.");
            return null;
        }

        var handler = e.Attribute(BpmnNamespaces.InvestAid + "handler")?.Value.Trim() is { Length: > 0 } own ? own : null;
        handler ??= e.Extension("topic")
            ?? e.Extension("class");
        if (handler is null)
        {
            Error(id, e, "A service task needs ia:handler (or camunda:topic / camunda:class).");
            return null;
        }

        var inputs = e.Elements(Bpmn + "extensionElements")
            .Elements().Where(x => x.Name.LocalName == "inputOutput" && IsExtension(x.Name.Namespace))
            .Elements().Where(x => x.Name.LocalName == "inputParameter")
            .Select(x => new InputParameter(x.Attr("name") ?? "", x.Value.Trim()))
            .ToList();
        return new ServiceTask(id, name, line, handler, inputs);
    }

    private ScriptTask? ReadScriptTask(string id, string? name, int line, XElement e)
    {
        var format = e.Attr("scriptFormat")?.ToLowerInvariant();
        if (format is not ("javascript" or "js" or "ecmascript"))
        {
            Error(id, e, $"Script format '{format}' is not supported; use javascript.");
            return null;
        }

        var script = e.ChildText("script");
        if (script is null)
        {
            Error(id, e, "A script task needs an inline script.");
            return null;
        }

        return new ScriptTask(id, name, line, script);
    }

    private string MessageName(string id, XElement definition)
    {
        var reference = definition.Attr("messageRef");
        if (reference is not null && messages.TryGetValue(reference, out var name))
        {
            return name;
        }

        Error(id, definition, reference is null ? "A message event needs a messageRef." : $"The message '{reference}' is not defined.");
        return "";
    }

    private void CheckChildren(XElement element, params string[] allowed)
    {
        foreach (var child in element.Elements().Where(c => c.Name.Namespace == Bpmn))
        {
            if (!Inert.Contains(child.Name.LocalName) && !allowed.Contains(child.Name.LocalName))
            {
                Unsupported(child);
            }
        }
    }

    private static bool IsExtension(XNamespace ns) => ns == BpmnNamespaces.Camunda || ns == BpmnNamespaces.InvestAid;

    private void Unsupported(XElement element)
    {
        var owner = element.Attr("id") ?? element.Ancestors().Select(a => a.Attr("id")).FirstOrDefault(a => a is not null);
        Error(owner, element, $"'{element.Name.LocalName}' is not supported by the InvestAid engine.");
    }

    private void Error(string? id, XObject at, string message) => errors.Add(new BpmnValidationError(id, at.Line(), message));
}
