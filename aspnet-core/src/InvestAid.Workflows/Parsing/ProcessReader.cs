using System.Globalization;
using System.Xml.Linq;
using InvestAid.Workflows.Bpmn;

namespace InvestAid.Workflows.Parsing;

/// <summary>
/// Turns the XML of a file's executable processes into nodes and flows, recording (not throwing) every
/// element outside the supported subset so the author sees all problems at once. What does not execute
/// (pools, lanes, data objects and stores, associations, annotations, groups, diagram interchange,
/// unknown extension elements, processes with isExecutable="false") is read and ignored.
/// </summary>
internal sealed class ProcessReader(List<BpmnValidationError> errors, IReadOnlyDictionary<string, string>? bindings = null)
{
    private static readonly XNamespace Bpmn = BpmnNamespaces.Model;

    // Elements carrying no behaviour: accepted and ignored wherever they appear.
    private static readonly HashSet<string> Inert =
    [
        "documentation", "extensionElements", "laneSet", "lane", "textAnnotation", "association", "incoming", "outgoing",
        "dataObject", "dataObjectReference", "dataStoreReference", "dataStore", "property", "dataInputAssociation",
        "dataOutputAssociation", "ioSpecification", "group", "category", "auditing", "monitoring", "dataInput", "dataOutput",
        "inputSet", "outputSet", "resourceRole", "performer", "humanPerformer", "potentialOwner",
    ];

    // Top-level definitions without behaviour of their own.
    private static readonly HashSet<string> InertRoot =
    [
        "documentation", "extensionElements", "collaboration", "dataStore", "itemDefinition", "category", "resource",
        "interface", "import", "correlationProperty", "partnerEntity", "partnerRole", "endPoint", "globalTask",
        "relationship", "choreography", "conversation",
    ];

    private readonly Dictionary<string, string> messages = [];
    private readonly Dictionary<string, string> signals = [];
    private readonly Dictionary<string, string?> errorCodes = [];
    private readonly Dictionary<string, string?> escalationCodes = [];

    // Elements already reported: flows to them and their successors are not reported again (no knock-on errors).
    private readonly HashSet<string> failed = [];

    public IReadOnlyList<BpmnProcess>? Read(XDocument document)
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
            var id = child.Attr("id") ?? "";
            switch (child.Name.LocalName)
            {
                case "process": processes.Add(child); break;
                case "message": messages[id] = child.Attr("name") ?? id; break;
                case "signal": signals[id] = child.Attr("name") ?? id; break;
                case "error": errorCodes[id] = child.Attr("errorCode"); break;
                case "escalation": escalationCodes[id] = child.Attr("escalationCode"); break;
                case var name when InertRoot.Contains(name): break;
                default: Unsupported(child); break;
            }
        }

        // Camunda deploys only executable processes; a pool drawn for another party is documentation.
        var executable = processes.Where(p => !string.Equals(p.Attr("isExecutable"), "false", StringComparison.OrdinalIgnoreCase)).ToList();
        if (executable.Count == 0)
        {
            Error(null, root, processes.Count == 0 ? "The file has no process." : "The file has no executable process (every process has isExecutable=\"false\").");
            return null;
        }

        return executable.Select(ReadProcess).ToList();
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
        ReadScope(process, null, nodes, flows);
        ModelWiring.Wire(nodes, flows, errors, failed);
        return new BpmnProcess(key ?? "", process.Attr("name"), nodes, flows)
        {
            Line = process.Line(),
            VersionTag = process.Extension("versionTag"),
            HistoryTimeToLive = process.Extension("historyTimeToLive"),
            CandidateStarterUsers = process.ExtensionList("candidateStarterUsers"),
            CandidateStarterGroups = process.ExtensionList("candidateStarterGroups"),
            FailedElements = failed.ToHashSet(),
            UnboundJavaElements = [.. nodes.Values.Select(n => n switch { ServiceTask t => t, ThrowEvent { Implementation: { } i } => i, EndEvent { Implementation: { } i } => i, _ => null })
                .Where(t => t is { Implementation: "class" or "delegateExpression" or "expression" or "connector" })
                .Select(t => new JavaImplementation(t!.Id, t.Line, t.Implementation, t.Handler)).Concat(javaListeners.Where(j => nodes.ContainsKey(j.ElementId) || flows.ContainsKey(j.ElementId)))],
        };
    }

    private void ReadScope(XElement container, string? scopeId, Dictionary<string, FlowNode> nodes, Dictionary<string, SequenceFlow> flows)
    {
        foreach (var element in container.Elements().Where(e => e.Name.Namespace == Bpmn))
        {
            if (Inert.Contains(element.Name.LocalName) || (scopeId is not null && element.Name.LocalName.EndsWith("LoopCharacteristics", StringComparison.Ordinal)))
            {
                continue;
            }

            var id = element.Attr("id");
            if (id is null && element.Name.LocalName == "sequenceFlow" && element.Attr("sourceRef") is { } source && element.Attr("targetRef") is { } target)
            {
                // Camunda 7 deploys a flow without an id (its own engine tests have many); it is named by its ends, with '>' that no
                // XML id can hold, so it never meets a real id.
                id = $"{source}->{target}";
                if (flows.ContainsKey(id))
                {
                    id += $"@{element.Line()}";
                }
            }

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
                flows[id] = ReadFlow(id, element) with { ScopeId = scopeId, Listeners = ReadListeners(id, element) };
                continue;
            }

            var before = errors.Count;
            var node = ReadNode(id, element);
            if (node is not null)
            {
                node.ScopeId = scopeId;
                node.Listeners = ReadListeners(id, element);
                node.LocalizedNames = ReadLocalizedNames(element);
                node.FailedJobRetryTimeCycle = element.Elements(Bpmn + "extensionElements").Elements()
                    .FirstOrDefault(x => x.Name.LocalName == "failedJobRetryTimeCycle" && IsExtension(x.Name.Namespace))?.Value.Trim() is { Length: > 0 } cycle ? cycle : null;
                // camunda:async is Camunda's older name for asyncBefore.
                node.AsyncBefore = IsTrue(element, "asyncBefore") || IsTrue(element, "async");
                node.AsyncAfter = IsTrue(element, "asyncAfter");
                node.IoMapping = ReadIoMapping(id, element, node);
                nodes[id] = node;
                if (node is SubProcess)
                {
                    ReadScope(element, id, nodes, flows);
                }
            }

            if (node is null || errors.Count > before)
            {
                failed.Add(id);
            }
        }
    }

    /// <summary>
    /// <c>camunda:inputOutput</c> under the element's extension elements, read as Camunda 7's BpmnParse and BpmnParseUtil do: on tasks,
    /// intermediate and end events, sub-processes and call activities; refused on start and boundary events, gateways and event
    /// sub-processes, outputs refused on end events and multi-instance activities. A parameter is text (a literal or an expression),
    /// or one <c>camunda:list</c>, <c>camunda:map</c> or inline JavaScript <c>camunda:script</c>; an empty one is null.
    /// </summary>
    private IoMapping ReadIoMapping(string id, XElement element, FlowNode node)
    {
        var io = element.Elements(Bpmn + "extensionElements").Elements().FirstOrDefault(x => x.Name.LocalName == "inputOutput" && IsExtension(x.Name.Namespace));
        if (io is null)
        {
            return IoMapping.None;
        }

        var kind = element.Name.LocalName;
        if (kind is "startEvent" or "boundaryEvent"
            || !(kind.Contains("task", StringComparison.OrdinalIgnoreCase) || kind.Contains("Event", StringComparison.Ordinal) || kind is "transaction" or "subProcess" or "callActivity"))
        {
            Error(id, io, $"camunda:inputOutput is not supported on a {kind} (Camunda 7 refuses it too).");
            return IoMapping.None;
        }

        if (node is SubProcess { TriggeredByEvent: true })
        {
            Error(id, io, "camunda:inputOutput is not supported on an event sub-process (Camunda 7 refuses it too).");
            return IoMapping.None;
        }

        var inputs = io.Elements().Where(x => x.Name.LocalName == "inputParameter").Select(x => ReadIoParameter(id, x)).OfType<IoParameter>().ToList();
        var outputs = io.Elements().Where(x => x.Name.LocalName == "outputParameter").Select(x => ReadIoParameter(id, x)).OfType<IoParameter>().ToList();
        if (outputs.Count > 0 && kind == "endEvent")
        {
            Error(id, io, "camunda:outputParameter is not allowed on an end event (Camunda 7 refuses it too).");
        }
        else if (outputs.Count > 0 && node is UserTask { MultiInstance: not null } or SubProcess { MultiInstance: not null } or CallActivity { MultiInstance: not null })
        {
            Error(id, io, "camunda:outputParameter is not allowed on a multi-instance activity (Camunda 7 refuses it too).");
        }

        return new IoMapping(inputs, outputs);
    }

    private IoParameter? ReadIoParameter(string id, XElement parameter)
    {
        if (parameter.Attr("name") is not { Length: > 0 } name)
        {
            Error(id, parameter, $"A camunda:{parameter.Name.LocalName} has no name.");
            return null;
        }

        return ReadNestedIoValue(id, parameter) is { } value ? new IoParameter(name, value) : null;
    }

    // A parameter or map entry: its text, or its one child element.
    private IoValue? ReadNestedIoValue(string id, XElement e)
    {
        var children = e.Elements().ToList();
        if (children.Count > 1)
        {
            Error(id, e, $"A camunda:{e.Name.LocalName} holds at most one element (a list, a map or a script).");
            return null;
        }

        return children.Count == 0 ? IoText(e) : ReadIoValue(id, children[0]);
    }

    private IoValue? ReadIoValue(string id, XElement e)
    {
        switch (e.Name.LocalName)
        {
            case "list":
            {
                var items = e.Elements().Select(x => ReadIoValue(id, x)).ToList();
                return items.Contains(null) ? null : new IoList(items!);
            }
            case "map":
            {
                var entries = new List<KeyValuePair<string, IoValue>>();
                foreach (var entry in e.Elements().Where(x => x.Name.LocalName == "entry"))
                {
                    if (entry.Attr("key") is not { Length: > 0 } key)
                    {
                        Error(id, entry, "A camunda:entry has no key.");
                        return null;
                    }

                    if (ReadNestedIoValue(id, entry) is not { } value)
                    {
                        return null;
                    }

                    entries.Add(new(key, value));
                }

                return new IoMap(entries);
            }
            case "script":
            {
                var format = e.Attr("scriptFormat")?.ToLowerInvariant();
                if (format is not ("javascript" or "js" or "ecmascript") || e.Attr("resource") is not null || string.IsNullOrWhiteSpace(e.Value))
                {
                    Error(id, e, e.Attr("resource") is not null ? "An input/output script from an external resource is not supported; write it inline."
                        : format is null ? "An input/output script needs scriptFormat=\"javascript\"."
                        : format is "javascript" or "js" or "ecmascript" ? "An input/output script is empty."
                        : $"Input/output script format '{format}' is not supported; use javascript.");
                    return null;
                }

                return new IoScript(e.Value);
            }
            default:
                return IoText(e);
        }
    }

    private static IoValue IoText(XElement e) =>
        e.Value.Trim() is { Length: > 0 } text ? new IoText(ExpressionText.TryNormalize(text, out var normalized) ? normalized : text) : IoNull.Instance;

    private static bool IsTrue(XElement element, string camundaAttribute) =>
        string.Equals((string?)element.Attribute(BpmnNamespaces.Camunda + camundaAttribute), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// <c>camunda:properties/camunda:property</c> named <c>name:&lt;language&gt;</c> (e.g. <c>name:en</c>) under the element's
    /// extension elements: the element's name in that language. Other properties are left alone.
    /// </summary>
    private static Dictionary<string, string> ReadLocalizedNames(XElement e)
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in e.Elements(Bpmn + "extensionElements").Elements().Where(x => x.Name.LocalName == "properties" && IsExtension(x.Name.Namespace))
                     .Elements().Where(x => x.Name.LocalName == "property"))
        {
            if (property.Attr("name") is { } name && name.StartsWith("name:", StringComparison.OrdinalIgnoreCase) && name.Length > 5
                && property.Attr("value") is { Length: > 0 } value)
            {
                names[name[5..].ToLowerInvariant()] = value.Trim();
            }
        }
        return names;
    }

    private FlowNode? ReadNode(string id, XElement e)
    {
        var name = e.Attr("name");
        var line = e.Line();
        switch (e.Name.LocalName)
        {
            case "startEvent":
                return ReadStart(id, name, line, e);
            case "endEvent":
                return ReadEnd(id, name, line, e);
            case "intermediateCatchEvent":
                return ReadCatch(id, name, line, e);
            case "intermediateThrowEvent":
            {
                var definition = ReadEventDefinition(id, e, EventTrigger.Message, EventTrigger.Signal, EventTrigger.Escalation, EventTrigger.Link, EventTrigger.Compensation);
                return new ThrowEvent(id, name, line, definition, Implementation(id, name, line, e, optional: true));
            }
            case "boundaryEvent":
                return ReadBoundary(id, name, line, e);
            case "userTask":
                CheckChildren(e, "multiInstanceLoopCharacteristics", "standardLoopCharacteristics");
                return new UserTask(id, name, line, e.Extension("assignee"), e.ExtensionList("candidateUsers"), e.ExtensionList("candidateGroups"),
                    e.Extension("dueDate"), e.Extension("formKey"), e.ExtensionList("outcomes"), ReadMultiInstance(id, e))
                {
                    Form = FormRefReader.Read(id, line, e, errors),
                    FollowUpDate = e.Extension("followUpDate"),
                    Priority = e.Extension("priority"),
                };
            case "serviceTask" or "sendTask":
                CheckChildren(e);
                return Implementation(id, name, line, e, optional: false);
            case "businessRuleTask":
                CheckChildren(e);
                // A task bound to one of our handlers (ia:handler or an administrator's binding) runs that handler;
                // otherwise it evaluates the DMN decision camunda:decisionRef names.
                if (e.Attribute(BpmnNamespaces.InvestAid + "handler") is not null || (bindings?.ContainsKey(id) ?? false))
                    return Implementation(id, name, line, e, optional: false);
                return BusinessRuleTaskReader.Read(id, name, line, e, errors);
            case "scriptTask":
                CheckChildren(e, "script");
                return ReadScriptTask(id, name, line, e);
            case "receiveTask":
                CheckChildren(e);
                return new ReceiveTask(id, name, line, e.Attr("messageRef") is { } messageRef ? MessageNameOf(id, e, messageRef) : id);
            case "task" or "manualTask":
                CheckChildren(e);
                return new PassThroughTask(id, name, line, e.Name.LocalName);
            case "subProcess":
            {
                var triggeredByEvent = string.Equals(e.Attr("triggeredByEvent"), "true", StringComparison.OrdinalIgnoreCase);
                if (e.Elements().FirstOrDefault(c => c.Name.Namespace == Bpmn && c.Name.LocalName.EndsWith("LoopCharacteristics", StringComparison.Ordinal)
                    && (triggeredByEvent || c.Name.LocalName is not ("multiInstanceLoopCharacteristics" or "standardLoopCharacteristics"))) is { } loop)
                {
                    Error(id, loop, $"'{loop.Name.LocalName}' on {(triggeredByEvent ? "an event" : "a")} sub-process is not supported.");
                    return null;
                }

                return new SubProcess(id, name, line, triggeredByEvent) { MultiInstance = ReadMultiInstance(id, e) };
            }
            case "callActivity":
                CheckChildren(e, "multiInstanceLoopCharacteristics", "standardLoopCharacteristics");
                return ReadCallActivity(id, name, line, e) is { } call ? call with { MultiInstance = ReadMultiInstance(id, e) } : null;
            case "exclusiveGateway":
                CheckChildren(e);
                return new ExclusiveGateway(id, name, line, e.Attr("default"));
            case "inclusiveGateway":
                CheckChildren(e);
                return new InclusiveGateway(id, name, line, e.Attr("default"));
            case "parallelGateway":
                CheckChildren(e);
                return new ParallelGateway(id, name, line);
            case "eventBasedGateway":
                CheckChildren(e);
                if (string.Equals(e.Attr("instantiate"), "true", StringComparison.OrdinalIgnoreCase))
                {
                    Error(id, e, "An event-based gateway that starts the process (instantiate=\"true\") is not supported; use a message or timer start event.");
                    return null;
                }

                return new EventBasedGateway(id, name, line);
            default:
                Unsupported(e);
                return null;
        }
    }

    private StartEvent ReadStart(string id, string? name, int line, XElement e)
    {
        var definition = ReadEventDefinition(id, e, EventTrigger.Message, EventTrigger.Timer, EventTrigger.Signal, EventTrigger.Error,
            EventTrigger.Escalation, EventTrigger.Conditional, EventTrigger.Compensation);
        return new StartEvent(id, name, line, definition?.Trigger == EventTrigger.Message ? definition.Reference : null)
        {
            Event = definition,
            Interrupting = !string.Equals(e.Attr("isInterrupting"), "false", StringComparison.OrdinalIgnoreCase),
            Form = FormRefReader.Read(id, line, e, errors),
            Initiator = e.Extension("initiator"),
        };
    }

    private EndEvent ReadEnd(string id, string? name, int line, XElement e)
    {
        var terminate = e.Child("terminateEventDefinition") is not null;
        var definition = terminate ? null : ReadEventDefinition(id, e, EventTrigger.Message, EventTrigger.Signal, EventTrigger.Error,
            EventTrigger.Escalation, EventTrigger.Compensation);
        if (terminate)
        {
            CheckChildren(e, "terminateEventDefinition");
        }

        return new EndEvent(id, name, line, terminate) { Event = definition, Implementation = Implementation(id, name, line, e, optional: true) };
    }

    private FlowNode? ReadCatch(string id, string? name, int line, XElement e)
    {
        var definition = ReadEventDefinition(id, e, EventTrigger.Timer, EventTrigger.Message, EventTrigger.Signal, EventTrigger.Conditional, EventTrigger.Link);
        switch (definition?.Trigger)
        {
            case null:
                if (!errors.Any(x => x.ElementId == id))
                {
                    Error(id, e, "An intermediate catch event needs an event definition (timer, message, signal, conditional or link).");
                }

                return null;
            case EventTrigger.Timer:
                return definition.Timer is { } timer ? new TimerCatchEvent(id, name, line, timer) : null;
            case EventTrigger.Message:
                return new MessageCatchEvent(id, name, line, definition.Reference ?? "");
            default:
                return new CatchEvent(id, name, line, definition);
        }
    }

    private FlowNode? ReadBoundary(string id, string? name, int line, XElement e)
    {
        var definition = ReadEventDefinition(id, e, EventTrigger.Timer, EventTrigger.Message, EventTrigger.Signal, EventTrigger.Error,
            EventTrigger.Escalation, EventTrigger.Conditional, EventTrigger.Compensation);
        if (definition is null)
        {
            if (!errors.Any(x => x.ElementId == id))
            {
                Error(id, e, "A boundary event needs an event definition.");
            }

            return null;
        }

        var interrupting = !string.Equals(e.Attr("cancelActivity"), "false", StringComparison.OrdinalIgnoreCase);
        var host = e.Attr("attachedToRef") ?? "";
        if (definition.Trigger == EventTrigger.Timer)
        {
            return definition.Timer is { } timer ? new BoundaryTimerEvent(id, name, line, host, interrupting, timer) : null;
        }

        return new BoundaryEvent(id, name, line, host, interrupting, definition);
    }

    /// <summary>Reads the one event definition of an event; null (and no error) for a none event.</summary>
    private EventDefinition? ReadEventDefinition(string id, XElement e, params EventTrigger[] allowed)
    {
        var definitions = e.Elements().Where(c => c.Name.Namespace == Bpmn && c.Name.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal)).ToList();
        foreach (var child in e.Elements().Where(c => c.Name.Namespace == Bpmn && !Inert.Contains(c.Name.LocalName) && !definitions.Contains(c)))
        {
            Unsupported(child);
        }

        if (definitions.Count == 0)
        {
            return null;
        }

        if (definitions.Count > 1)
        {
            Error(id, e, "An event with several event definitions (a multiple event) is not supported.");
            return null;
        }

        var d = definitions[0];
        var kind = d.Name.LocalName switch
        {
            "messageEventDefinition" => EventTrigger.Message,
            "signalEventDefinition" => EventTrigger.Signal,
            "timerEventDefinition" => EventTrigger.Timer,
            "errorEventDefinition" => EventTrigger.Error,
            "escalationEventDefinition" => EventTrigger.Escalation,
            "conditionalEventDefinition" => EventTrigger.Conditional,
            "linkEventDefinition" => EventTrigger.Link,
            "compensateEventDefinition" => EventTrigger.Compensation,
            _ => (EventTrigger?)null,
        };
        if (kind is null || !allowed.Contains(kind.Value))
        {
            Error(id, d, $"'{d.Name.LocalName}' is not valid on a {e.Name.LocalName}.");
            return null;
        }

        switch (kind.Value)
        {
            case EventTrigger.Message:
                CheckChildren(d);
                return new EventDefinition(EventTrigger.Message, d.Attr("messageRef") is { } m ? MessageNameOf(id, d, m) : MessageNameOf(id, d, null));
            case EventTrigger.Signal:
                CheckChildren(d);
                if (d.Attr("signalRef") is not { } s || !signals.TryGetValue(s, out var signal))
                {
                    Error(id, d, d.Attr("signalRef") is null ? "A signal event needs a signalRef." : $"The signal '{d.Attr("signalRef")}' is not defined.");
                    return null;
                }

                return new EventDefinition(EventTrigger.Signal, signal);
            case EventTrigger.Error:
                CheckChildren(d);
                // An error defined without errorCode catches (and throws) every code, as in Camunda.
                return new EventDefinition(EventTrigger.Error, d.Attr("errorRef") is { } er ? errorCodes.TryGetValue(er, out var code) ? code : er : null);
            case EventTrigger.Escalation:
                CheckChildren(d);
                return new EventDefinition(EventTrigger.Escalation, d.Attr("escalationRef") is { } es ? escalationCodes.TryGetValue(es, out var esc) ? esc : es : null);
            case EventTrigger.Timer:
                return ReadTimer(id, d) is { } timer ? new EventDefinition(EventTrigger.Timer, null, timer) : null;
            case EventTrigger.Conditional:
                CheckChildren(d, "condition");
                var condition = d.ChildText("condition");
                if (condition is null || !ExpressionText.TryNormalize(condition, out var normalized))
                {
                    Error(id, d, condition is null ? "A conditional event needs a condition." : $"The condition '{condition}' must be written as ${{...}}.");
                    return null;
                }

                return new EventDefinition(EventTrigger.Conditional, null, null, normalized);
            case EventTrigger.Link:
                CheckChildren(d);
                return new EventDefinition(EventTrigger.Link, d.Attr("name") ?? "");
            default:
                CheckChildren(d);
                return new EventDefinition(EventTrigger.Compensation, d.Attr("activityRef"));
        }
    }

    private SequenceFlow ReadFlow(string id, XElement e)
    {
        CheckChildren(e, "conditionExpression");
        var condition = e.ChildText("conditionExpression");
        if (condition is not null)
        {
            if (ExpressionText.TryNormalize(condition, out var normalized))
            {
                condition = normalized;
            }
            else
            {
                Error(id, e, $"The condition '{condition}' must be written as ${{...}}.");
            }
        }

        return new SequenceFlow(id, e.Attr("name"), e.Attr("sourceRef") ?? "", e.Attr("targetRef") ?? "", condition, e.Line());
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

        var text = given[0].Text!;
        if (ExpressionText.TryNormalize(text, out var normalized))
        {
            text = normalized;
        }

        if (TimerSpecParser.TryParse(given[0].Kind, text, out var spec))
        {
            return spec;
        }

        if (given[0].Kind == TimerKind.Cycle && TimerSpecParser.IsUnixCron(text))
        {
            Error(id, definition, $"The timer cycle '{given[0].Text}' is a 5-field Unix cron; Camunda 7 takes Quartz cron with seconds first (e.g. '0 0 9 ? * THU').");
            return null;
        }

        if (given[0].Kind == TimerKind.Cycle && TimerSpecParser.IsCronWithBothDays(text))
        {
            Error(id, definition, $"The timer cycle '{given[0].Text}' gives both a day-of-month and a day-of-week (or '?' in both); Quartz, as Camunda 7 runs it, refuses it " +
                "(\"Support for specifying both a day-of-week AND a day-of-month parameter is not implemented\"): write '?' in exactly one of them (e.g. '0 0 9 ? * MON').");
            return null;
        }

        Error(id, definition, $"The timer '{given[0].Text}' is not an ISO 8601 {given[0].Kind.ToString().ToLowerInvariant()} (or P<n>WD, a cron cycle, or a valid ${{...}} expression).");
        return null;
    }

    private MultiInstanceSpec? ReadMultiInstance(string id, XElement task)
    {
        if (task.Child("standardLoopCharacteristics") is { } standard)
        {
            return ReadStandardLoop(id, standard);
        }

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

    /// <summary>
    /// <c>standardLoopCharacteristics</c>: with a <c>loopCondition</c>, the activity runs again while it holds (checked after each
    /// run, and before the first with <c>testBefore="true"</c>), at most <c>loopMaximum</c> times. Without a condition the marker
    /// only draws: the activity runs once, as Camunda 7 runs every standard loop.
    /// </summary>
    private MultiInstanceSpec? ReadStandardLoop(string id, XElement loop)
    {
        CheckChildren(loop, "loopCondition");
        if (loop.ChildText("loopCondition") is not { Length: > 0 } condition)
        {
            return null;
        }

        var maximum = loop.Attr("loopMaximum");
        if (maximum is not null && (!int.TryParse(maximum, NumberStyles.Integer, CultureInfo.InvariantCulture, out var max) || max < 0))
        {
            Error(id, loop, $"loopMaximum '{maximum}' is not a whole number.");
            return null;
        }

        return new MultiInstanceSpec(true, null, null, maximum ?? MultiInstanceSpec.DefaultLoopMaximum.ToString(CultureInfo.InvariantCulture), null,
            condition, string.Equals(loop.Attr("testBefore"), "true", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A binding whose value starts with this names an external-task topic rather than a handler.</summary>
    public const string TopicBinding = "topic:";

    // Rule: ia:handler names the handler; failing that camunda:topic (external task), then the Java forms
    // (camunda:class, delegateExpression, expression, connector), whose text is the handler name a binding must supply.
    private ServiceTask? Implementation(string id, string? name, int line, XElement e, bool optional)
    {
        var camunda = BpmnNamespaces.Camunda;
        (string Kind, string? Name) found =
            bindings is not null && bindings.TryGetValue(id, out var bound)
                ? (bound.StartsWith(TopicBinding, StringComparison.Ordinal) ? ("topic", bound[TopicBinding.Length..]) : ("bound", bound))
            : e.Attribute(BpmnNamespaces.InvestAid + "handler")?.Value.Trim() is { Length: > 0 } own ? ("handler", own)
            : e.Extension("topic") is { } topic ? ("topic", topic)
            : e.Attribute(camunda + "class")?.Value.Trim() is { Length: > 0 } cls ? ("class", cls)
            : e.Attribute(camunda + "delegateExpression")?.Value.Trim() is { Length: > 0 } de ? ("delegateExpression", de)
            : e.Attribute(camunda + "expression")?.Value.Trim() is { Length: > 0 } ex ? ("expression", ex)
            : ConnectorId(e) is { } connector ? ("connector", connector)
            : ("none", null);
        if (found.Name is null)
        {
            if (!optional)
            {
                Error(id, e, $"A {e.Name.LocalName} needs an implementation (ia:handler or camunda:topic), or an administrator's binding to a handler.");
            }

            return null;
        }

        return new ServiceTask(id, name, line, found.Name)
        {
            Implementation = found.Kind,
            ElementKind = e.Name.LocalName is "serviceTask" or "sendTask" or "businessRuleTask" ? e.Name.LocalName : "serviceTask",
            ResultVariable = e.Extension("resultVariable"),
        };
    }

    // Listeners: an expression or an inline JavaScript script runs; Java (class, delegateExpression) is listed for a
    // binding like a Java service task; an empty listener (Camunda Modeler leaves `class=""`) is nothing.
    private IReadOnlyList<Listener> ReadListeners(string id, XElement e)
    {
        var listeners = new List<Listener>();
        foreach (var x in e.Elements(Bpmn + "extensionElements").Elements()
            .Where(x => x.Name.Namespace == BpmnNamespaces.Camunda && x.Name.LocalName is "executionListener" or "taskListener"))
        {
            var kind = x.Name.LocalName == "taskListener" ? "create" : "start";
            var evt = x.Attr("event") ?? kind;
            if (x.Attr("class") is not null || x.Attr("delegateExpression") is not null)
            {
                javaListeners.Add(new JavaImplementation(id, x.Line(), x.Attr("class") is not null ? "listener class" : "listener delegateExpression",
                    x.Attr("class") ?? x.Attr("delegateExpression")!));
                continue;
            }

            if (x.Attr("expression") is { } expression)
            {
                if (!ExpressionText.TryNormalize(expression, out var normalized))
                {
                    Error(id, x, $"The listener expression '{expression}' must be written as ${{...}}.");
                    continue;
                }

                listeners.Add(new Listener(evt, normalized, null));
                continue;
            }

            if (x.Element(BpmnNamespaces.Camunda + "script") is { } script)
            {
                var format = script.Attr("scriptFormat")?.ToLowerInvariant();
                if (format is not ("javascript" or "js" or "ecmascript") || script.Attr("resource") is not null || string.IsNullOrWhiteSpace(script.Value))
                {
                    Error(id, script, script.Attr("resource") is not null
                        ? "A listener script from an external resource is not supported; write it inline."
                        : $"Listener script format '{format}' is not supported; use javascript.");
                    continue;
                }

                listeners.Add(new Listener(evt, null, script.Value));
            }
        }

        return listeners;
    }

    private readonly List<JavaImplementation> javaListeners = [];

    private static string? ConnectorId(XElement e) =>
        e.Elements(Bpmn + "extensionElements").Elements(BpmnNamespaces.Camunda + "connector").Elements(BpmnNamespaces.Camunda + "connectorId")
            .Select(c => c.Value.Trim()).FirstOrDefault(v => v.Length > 0) is { } connectorId ? "connector:" + connectorId : null;

    private CallActivity? ReadCallActivity(string id, string? name, int line, XElement e)
    {
        if (e.Attr("calledElement") is not { } called)
        {
            Error(id, e, e.Extension("caseRef") is not null ? "A call activity calling a CMMN case is not supported." : "A call activity needs calledElement.");
            return null;
        }

        if (e.Extension("calledElementTenantId") is { } tenant)
        {
            Error(id, e, $"camunda:calledElementTenantId '{tenant}' is not supported: the engine has no tenants.");
            return null;
        }

        var binding = e.Extension("calledElementBinding") ?? "latest";
        if (binding is not ("latest" or "version" or "versionTag" or "deployment"))
        {
            Error(id, e, $"camunda:calledElementBinding '{binding}' is not one of latest, deployment, version, versionTag.");
            return null;
        }

        var extensions = e.Elements(Bpmn + "extensionElements").Elements().Where(x => x.Name.Namespace == BpmnNamespaces.Camunda).ToList();
        VariableMapping Mapping(XElement x) => new(
            x.Attr("source"), x.Attr("sourceExpression") is { } se && ExpressionText.TryNormalize(se, out var n) ? n : x.Attr("sourceExpression"),
            x.Attr("target"), string.Equals(x.Attr("variables"), "all", StringComparison.Ordinal),
            string.Equals(x.Attr("local"), "true", StringComparison.OrdinalIgnoreCase), x.Attr("businessKey"));
        return new CallActivity(id, name, line, called)
        {
            Binding = binding == "deployment" ? "latest" : binding,
            Version = e.Extension("calledElementVersion"),
            VersionTag = e.Extension("calledElementVersionTag"),
            In = [.. extensions.Where(x => x.Name.LocalName == "in").Select(Mapping)],
            Out = [.. extensions.Where(x => x.Name.LocalName == "out").Select(Mapping)],
        };
    }

    private ScriptTask? ReadScriptTask(string id, string? name, int line, XElement e)
    {
        var format = e.Attr("scriptFormat")?.ToLowerInvariant();
        if (format is not ("javascript" or "js" or "ecmascript"))
        {
            Error(id, e, format is null ? "A script task needs scriptFormat=\"javascript\"." : $"Script format '{format}' is not supported; use javascript.");
            return null;
        }

        var script = e.ChildText("script");
        if (script is null)
        {
            Error(id, e, e.Extension("resource") is { } resource
                ? $"The script is an external resource ('{resource}'); only inline scripts are supported."
                : "A script task needs an inline script.");
            return null;
        }

        return new ScriptTask(id, name, line, script);
    }

    private string MessageNameOf(string id, XElement at, string? reference)
    {
        if (reference is not null && messages.TryGetValue(reference, out var name))
        {
            return name;
        }

        Error(id, at, reference is null ? "A message event needs a messageRef." : $"The message '{reference}' is not defined.");
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
