using InvestAid.Common;
using InvestAid.Workflows.Parsing;
using InvestAid.Workflows.Runtime;

namespace InvestAid.Workflows;

/// <summary>
/// The life of a procedure's versions: upload a draft (parsed and validated first), publish it as an
/// immutable version (scheduling its timer start events), retire it; and the rule that picks the version a new instance follows.
/// </summary>
public sealed class WorkflowDefinitionService(
    IWorkflowDefinitionRepository repository, IWorkflowDefinitionStore definitions, Identity.IdentityResolver identities, TimeProvider clock,
    IEnumerable<IServiceTaskHandler> handlers, Decisions.Forms.FormResolver? forms = null, WorkflowStartTimers? startTimers = null)
{
    private static readonly BpmnParser Parser = new();

    /// <summary>
    /// Stores a draft of every executable process of the file (a Camunda collaboration may hold several pools, each
    /// kept with the whole file); returns the first.
    /// </summary>
    /// <exception cref="BpmnValidationException">The XML is not a model the engine runs; nothing is stored.</exception>
    public async Task<WorkflowDefinitionDto> UploadDraftAsync(
        string xml, string? legalBasis, DateOnly? effectiveFrom, DateOnly? effectiveTo, CancellationToken cancellationToken)
    {
        var processes = Parser.ParseAll(xml);
        if (effectiveFrom is { } from && effectiveTo is { } to && to < from)
        {
            throw new DomainException(Errors.ErrorCodes.ValidationFailed, "effectiveTo is before effectiveFrom.");
        }

        WorkflowDefinitionDto? first = null;
        foreach (var process in processes)
        {
            var draft = new WorkflowDefinitionInfo(process.Key, 0, WorkflowDefinitionStatus.Draft, process.Name, legalBasis,
                effectiveFrom, effectiveTo, clock.GetUtcNow(), null);
            var added = (await repository.AddDraftAsync(draft, xml, cancellationToken)).ToDto();
            first ??= added;
        }

        return first!;
    }

    public async Task<IReadOnlyList<WorkflowDefinitionDto>> ListAsync(string? key, CancellationToken cancellationToken) =>
        [.. (await repository.ListAsync(key, cancellationToken)).Select(d => d.ToDto())];

    public async Task<string> GetXmlAsync(string key, int version, CancellationToken cancellationToken) =>
        await repository.FindXmlAsync(key, version, cancellationToken) ?? throw new DefinitionNotFoundException(key, version);

    /// <summary>Publishes the latest draft of the key; from then on that version never changes.</summary>
    public async Task<WorkflowDefinitionDto> PublishAsync(string key, CancellationToken cancellationToken)
    {
        var versions = await repository.ListAsync(key, cancellationToken);
        var draft = versions.Where(d => d.Status == WorkflowDefinitionStatus.Draft).MaxBy(d => d.Version)
            ?? throw new DomainException(WorkflowErrorCodes.NoDraft, $"'{key}' has no draft to publish.");
        // Java code of a Camunda model (camunda:class, delegateExpression, expression, connectors, Java listeners)
        // does not run here: publishing refuses it, naming each element, rather than failing when an instance reaches it.
        var xml = await repository.FindXmlAsync(key, draft.Version, cancellationToken) ?? throw new DefinitionNotFoundException(key, draft.Version);
        var bindings = await repository.FindBindingsAsync(key, draft.Version, cancellationToken);
        var process = new BpmnParser { Bindings = bindings }.Parse(xml, key);
        var java = process.UnboundJavaElements;
        if (java.Count > 0)
        {
            throw new BpmnValidationException([.. java.Select(j => new BpmnValidationError(j.ElementId, j.Line,
                $"The element runs Java code in Camunda ({j.Kind} '{j.Text}'), which does not run here; bind it to one of our handlers or an external-task topic (ia:handler or camunda:topic)."))]);
        }

        // A user task or start event whose form is not published would fail when reached: refused now, naming each.
        if (forms is not null)
        {
            var missing = new List<BpmnValidationError>();
            foreach (var (node, form) in process.Nodes.Values.Select(n => (n, n switch { Bpmn.UserTask t => t.Form, Bpmn.StartEvent e => e.Form, _ => null })))
            {
                if (form is not null && !await forms.ExistsAsync(form, cancellationToken))
                {
                    missing.Add(new BpmnValidationError(node.Id, node.Line, Decisions.Forms.FormResolver.Describe(form) + " is not published; publish the form first."));
                }
            }

            if (missing.Count > 0)
            {
                throw new BpmnValidationException(missing);
            }
        }

        var now = clock.GetUtcNow();
        if (!await repository.ChangeStatusAsync(key, draft.Version, WorkflowDefinitionStatus.Draft, WorkflowDefinitionStatus.Published, now, cancellationToken))
        {
            throw new ConcurrencyException(Guid.Empty, draft.Version);
        }

        // Camunda: the new version's timer start events are scheduled, the earlier versions' ones removed.
        if (startTimers is not null)
        {
            await startTimers.ScheduleAsync(key, draft.Version, cancellationToken);
        }

        var warnings = OfferedToNobody(process).Concat(UnmappedIds(process, key, await identities.IndexAsync(cancellationToken))).ToList();
        return (draft with { Status = WorkflowDefinitionStatus.Published, PublishedAt = now }).ToDto() with
        {
            Warnings = warnings is { Count: > 0 } ? warnings : null,
        };
    }

    public async Task<WorkflowBindingsDto> GetBindingsAsync(string key, int version, CancellationToken cancellationToken)
    {
        _ = await repository.FindAsync(key, version, cancellationToken) ?? throw new DefinitionNotFoundException(key, version);
        return new WorkflowBindingsDto(new Dictionary<string, string>(await repository.FindBindingsAsync(key, version, cancellationToken)));
    }

    /// <summary>
    /// The elements of a version that run code, as drawn (the model parsed without bindings), each with its binding, and the
    /// handlers they can be bound to: what the bindings page shows.
    /// </summary>
    public async Task<WorkflowBindableDto> GetBindableAsync(string key, int version, CancellationToken cancellationToken)
    {
        var found = await repository.FindAsync(key, version, cancellationToken) ?? throw new DefinitionNotFoundException(key, version);
        var xml = await repository.FindXmlAsync(key, version, cancellationToken) ?? throw new DefinitionNotFoundException(key, version);
        var bindings = await repository.FindBindingsAsync(key, version, cancellationToken);
        var process = Parser.Parse(xml, key);
        var java = process.UnboundJavaElements.Select(j => j.ElementId).ToHashSet(StringComparer.Ordinal);
        var elements = process.Nodes.Values
            .Select(n => (Node: n, Code: n switch
            {
                Bpmn.ServiceTask t => t,
                Bpmn.ThrowEvent { Implementation: { } i } => i,
                Bpmn.EndEvent { Implementation: { } i } => i,
                _ => null,
            }))
            .Where(x => x.Code is not null)
            .OrderBy(x => x.Node.Line)
            .Select(x => new WorkflowBindableElementDto(x.Node.Id, x.Node.Name, x.Code!.Implementation, x.Code.Handler,
                bindings.TryGetValue(x.Node.Id, out var bound) ? bound : null, java.Contains(x.Node.Id) && !bindings.ContainsKey(x.Node.Id)))
            .ToList();
        return new WorkflowBindableDto(found.Status == WorkflowDefinitionStatus.Draft, elements,
            [.. handlers.Select(h => h.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
    }

    /// <summary>
    /// Replaces the administrator's bindings of a draft (a published version never changes): each element id must
    /// be a service, send or business rule task or a message event of the model, each value one of our handlers or
    /// <c>topic:&lt;name&gt;</c>. Publishing then runs those elements instead of refusing their Java code.
    /// </summary>
    public async Task<WorkflowBindingsDto> SetBindingsAsync(string key, int version, WorkflowBindingsDto request, CancellationToken cancellationToken)
    {
        var found = await repository.FindAsync(key, version, cancellationToken) ?? throw new DefinitionNotFoundException(key, version);
        if (found.Status != WorkflowDefinitionStatus.Draft)
        {
            throw new DomainException(WorkflowErrorCodes.NoDraft, $"'{key}' version {version} is {found.Status.ToString().ToLowerInvariant()}: only a draft's bindings can change.");
        }

        var bindings = (request.Bindings ?? []).ToDictionary(b => b.Key.Trim(), b => b.Value?.Trim() ?? "", StringComparer.Ordinal);
        var xml = await repository.FindXmlAsync(key, version, cancellationToken) ?? throw new DefinitionNotFoundException(key, version);
        var process = new BpmnParser { Bindings = bindings }.Parse(xml, key);
        var known = handlers.Select(h => h.Name).ToHashSet(StringComparer.Ordinal);
        var errors = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var (elementId, target) in bindings.OrderBy(b => b.Key, StringComparer.Ordinal))
        {
            var bindable = process.Nodes.TryGetValue(elementId, out var node) && node switch
            {
                Bpmn.ServiceTask => true,
                Bpmn.ThrowEvent { Implementation: not null } or Bpmn.EndEvent { Implementation: not null } => true,
                _ => false,
            };
            if (!bindable)
            {
                errors.Add(new($"bindings.{elementId}", Validation.ValidationText.Format("workflowBinding.element", elementId)));
            }
            else if (target.Length is 0 or > WorkflowConsts.MaxKeyLength
                || (target.StartsWith(BpmnParser.TopicBinding, StringComparison.Ordinal) ? target.Length == BpmnParser.TopicBinding.Length : !known.Contains(target)))
            {
                errors.Add(new($"bindings.{elementId}", Validation.ValidationText.Format("workflowBinding.handler", elementId, target)));
            }
        }

        if (errors.Count > 0)
        {
            throw new FluentValidation.ValidationException(errors);
        }

        if (!await repository.SetDraftBindingsAsync(key, version, bindings, cancellationToken))
        {
            throw new DomainException(WorkflowErrorCodes.NoDraft, $"'{key}' version {version} is no longer a draft.");
        }

        return new WorkflowBindingsDto(bindings);
    }

    /// <summary>User tasks with no assignee and no candidate user or group: only administrators may claim or complete them (docs/security.md).</summary>
    public static List<string> OfferedToNobody(Bpmn.BpmnProcess process) =>
        [.. process.Nodes.Values.OfType<Bpmn.UserTask>()
            .Where(t => string.IsNullOrWhiteSpace(t.Assignee) && t.CandidateUsers.Count == 0 && t.CandidateGroups.Count == 0)
            .OrderBy(t => t.Line)
            .Select(t => $"Bước '{t.Name ?? t.Id}' ({t.Id}) không giao cho ai (không có người được giao, người hoặc nhóm ứng viên): chỉ quản trị viên được nhận và hoàn thành.")];

    /// <summary>
    /// The user and group ids the model names (literally, not by an expression) that map to nobody: not our user or group
    /// and without an identity mapping for the key or a global one; and groups without members. One warning per id and element.
    /// </summary>
    public static IEnumerable<string> UnmappedIds(Bpmn.BpmnProcess process, string key, Identity.IdentityIndex index)
    {
        static IEnumerable<string> Ids(string? text) => text is null || text.Contains("${", StringComparison.Ordinal) || text.Contains("#{", StringComparison.Ordinal)
            ? []
            : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        foreach (var task in process.Nodes.Values.OfType<Bpmn.UserTask>().OrderBy(t => t.Line))
        {
            var step = $"'{task.Name ?? task.Id}' ({task.Id}, {Text.Localized.Pick("dòng", "line")} {task.Line})";
            foreach (var id in Ids(task.Assignee).Concat(task.CandidateUsers.SelectMany(Ids)).Distinct(StringComparer.Ordinal))
            {
                if (index.ResolveUser(id, key) is null)
                {
                    yield return Text.Localized.Pick(
                        $"Bước {step}: người dùng '{id}' không ứng với người dùng nào; hãy ánh xạ mã này tới một người dùng (Quản trị › Ánh xạ danh tính).",
                        $"Step {step}: user id '{id}' maps to nobody; map it to a user (Administration › Identity mapping).");
                }
            }

            foreach (var id in task.CandidateGroups.SelectMany(Ids).Distinct(StringComparer.Ordinal))
            {
                if (!index.GroupResolves(id, key))
                {
                    yield return Text.Localized.Pick(
                        $"Bước {step}: nhóm '{id}' không ứng với nhóm nào; hãy tạo nhóm có mã này hoặc ánh xạ nó tới một nhóm.",
                        $"Step {step}: group id '{id}' maps to no group; create a group with this code or map it to a group.");
                }
                else if (index.ResolveGroupMembers(id, key).Count == 0)
                {
                    yield return Text.Localized.Pick(
                        $"Bước {step}: nhóm '{id}' chưa có thành viên nào.",
                        $"Step {step}: group '{id}' has no members.");
                }
            }
        }
    }

    /// <summary>A retired version starts no new instances; running instances keep it.</summary>
    public async Task<WorkflowDefinitionDto> RetireAsync(string key, int version, CancellationToken cancellationToken)
    {
        var found = await repository.FindAsync(key, version, cancellationToken) ?? throw new DefinitionNotFoundException(key, version);
        if (found.Status != WorkflowDefinitionStatus.Published
            || !await repository.ChangeStatusAsync(key, version, WorkflowDefinitionStatus.Published, WorkflowDefinitionStatus.Retired, clock.GetUtcNow(), cancellationToken))
        {
            throw new DomainException(WorkflowErrorCodes.DefinitionNotPublished, $"'{key}' version {version} is not published.");
        }

        if (startTimers is not null)
        {
            await startTimers.RemoveAsync(key, version, cancellationToken);
        }

        return (found with { Status = WorkflowDefinitionStatus.Retired }).ToDto();
    }

    /// <summary>
    /// The version a new instance follows: exactly <paramref name="version"/> if given (it must be published),
    /// else the highest published version in force on <paramref name="on"/> (default today in Viet Nam).
    /// </summary>
    public async Task<WorkflowDefinition> ResolveForStartAsync(string key, int? version, DateOnly? on, CancellationToken cancellationToken)
    {
        WorkflowDefinitionInfo chosen;
        if (version is { } pinned)
        {
            chosen = await repository.FindAsync(key, pinned, cancellationToken) ?? throw new DefinitionNotFoundException(key, pinned);
            if (chosen.Status != WorkflowDefinitionStatus.Published)
            {
                throw new DomainException(WorkflowErrorCodes.DefinitionNotStartable, $"'{key}' version {pinned} is {chosen.Status.ToString().ToLowerInvariant()}.");
            }
        }
        else
        {
            var day = on ?? VietnamTime.Today(clock);
            chosen = (await repository.ListAsync(key, cancellationToken)).Where(d => d.IsInForceOn(day)).MaxBy(d => d.Version)
                ?? throw new DomainException(WorkflowErrorCodes.DefinitionNotStartable, $"No published version of '{key}' is in force on {day:yyyy-MM-dd}.");
        }

        return definitions.Get(chosen.Key, chosen.Version);
    }
}
