using System.Text.Json.Nodes;
using FluentValidation;
using InvestAid.Audit;
using InvestAid.Common;
using InvestAid.Procedures;
using InvestAid.Workflows;
using InvestAid.Workflows.Persistence;
using InvestAid.Workflows.Runtime;

namespace InvestAid.Legal;

/// <summary>
/// Legal parameters: list and history, add or edit a version (an edit supersedes, never overwrites), the values in force on a day as
/// the <c>legal</c> variable of a new dossier, and the explicit, audited application of a version to the running dossiers it covers.
/// </summary>
public sealed class LegalParameterService(
    ILegalRepository repository,
    IWorkflowStore store,
    IProcedureTransaction transaction,
    IWorkflowDefinitionRepository definitions,
    WorkingDayCalendarProvider calendars,
    AuditRecorder audit,
    ICurrentUser user,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<LegalParameterDto>> ListAsync(DateOnly? on, CancellationToken ct)
    {
        var day = on ?? VietnamTime.Today(clock);
        var documents = (await repository.ListDocumentsAsync(ct)).ToDictionary(d => d.Number, d => d.TitleVi);
        var all = await repository.ListVersionsAsync(null, false, ct);
        return [.. all.GroupBy(v => v.Name).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var versions = ToDtos(g, documents);
            var inForce = versions.LastOrDefault(v => v.EffectiveFrom <= day);
            var latest = g.MaxBy(v => v.ChangedAt)!;
            return new LegalParameterDto(g.Key, latest.TitleVi, latest.TitleEn, day, inForce, versions);
        })];
    }

    /// <summary>Every version ever saved for the name, superseded ones included, newest change first.</summary>
    public async Task<IReadOnlyList<LegalParameterVersionDto>> HistoryAsync(string name, CancellationToken ct)
    {
        var documents = (await repository.ListDocumentsAsync(ct)).ToDictionary(d => d.Number, d => d.TitleVi);
        var all = await repository.ListVersionsAsync(name, true, ct);
        if (all.Count == 0)
        {
            throw new NotFoundException("tham số pháp lý", name);
        }
        var current = ToDtos(all.Where(v => v.IsCurrent), documents).ToDictionary(v => v.Id);
        return [.. all.OrderByDescending(v => v.ChangedAt).Select(v => current.TryGetValue(v.Id, out var dto) ? dto : v.ToDto(null, documents))];
    }

    public async Task<LegalParameterVersionDto> SaveVersionAsync(string name, SaveLegalParameterVersionRequest request, CancellationToken ct)
    {
        var documents = await repository.ListDocumentsAsync(ct);
        await new SaveLegalParameterVersionRequestValidator(name, documents.Select(d => d.Number).ToHashSet()).ValidateAndThrowAsync(request, ct);
        var existing = await repository.ListVersionsAsync(name, false, ct);
        LegalParameterVersion? replaced = null;
        if (request.ReplacesId is { } replacesId)
        {
            replaced = await repository.FindVersionAsync(replacesId, ct);
            if (replaced is null || replaced.Name != name)
            {
                throw new NotFoundException("phiên bản tham số", replacesId);
            }
        }
        else if (existing.FirstOrDefault(v => v.EffectiveFrom == request.EffectiveFrom) is { } sameDay)
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure("effectiveFrom",
                $"Tham số {name} đã có phiên bản hiệu lực từ {request.EffectiveFrom:dd/MM/yyyy}; hãy sửa phiên bản đó (replacesId = {sameDay.Id}).")]);
        }
        if (existing.Count > 0 && IsDuration(existing[0].Unit) != IsDuration(request.Unit))
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure("unit",
                $"Tham số {name} là {(IsDuration(existing[0].Unit) ? "thời hạn" : "ngưỡng/mốc")}; đơn vị mới phải cùng loại.")]);
        }

        var version = new LegalParameterVersion(name, request.TitleVi, request.TitleEn, request.Value, request.Unit, request.EffectiveFrom,
            request.DocumentNumber, request.Article, request.Clause, request.Status, request.Note, user.Name ?? "system", clock.GetUtcNow());
        replaced?.SupersedeWith(version);
        if (replaced is not null && existing.Any(v => v.Id != replaced.Id && v.EffectiveFrom == request.EffectiveFrom))
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure("effectiveFrom",
                $"Tham số {name} đã có phiên bản khác hiệu lực từ {request.EffectiveFrom:dd/MM/yyyy}.")]);
        }
        repository.Add(version);
        audit.Record("LegalParameter", version.Id, replaced is null ? "legal.parameter.added" : "legal.parameter.edited",
            replaced is null ? null : Snapshot(replaced), Snapshot(version), $"{name} = {version.Value} {version.Unit} từ {version.EffectiveFrom:yyyy-MM-dd}");
        await repository.SaveChangesAsync(ct);
        return (await HistoryAsync(name, ct)).First(v => v.Id == version.Id);
    }

    /// <summary>The parameters in force on <paramref name="on"/> as the <c>legal</c> variable: name → model value.</summary>
    public async Task<JsonObject> ValuesOnAsync(DateOnly on, CancellationToken ct)
    {
        var values = new JsonObject();
        foreach (var g in (await repository.ListVersionsAsync(null, false, ct)).GroupBy(v => v.Name))
        {
            if (g.Where(v => v.EffectiveFrom <= on).MaxBy(v => v.EffectiveFrom) is { } v)
            {
                values[g.Key] = LegalValues.ModelNode(v.Value, v.Unit);
            }
        }
        return values;
    }

    /// <summary>
    /// Running dossiers received while the version is in force whose recorded value differs from it: the ones
    /// <see cref="ApplyAsync"/> would change, with their due date before and after.
    /// </summary>
    public async Task<IReadOnlyList<AffectedDossierDto>> AffectedAsync(string name, Guid versionId, CancellationToken ct) =>
        [.. (await FindAffectedAsync(name, versionId, ct)).Select(a => a.Dto)];

    /// <summary>Writes the version's value into each affected dossier's instance (and its SLA clock when it counts by this parameter), audited per dossier.</summary>
    public async Task<ApplyLegalParameterResult> ApplyAsync(string name, Guid versionId, CancellationToken ct)
    {
        var affected = await FindAffectedAsync(name, versionId, ct);
        if (affected.Count == 0)
        {
            return new ApplyLegalParameterResult(0, []);
        }
        await transaction.RunAsync(async token =>
        {
            foreach (var a in affected)
            {
                var next = WorkflowJson.Clone(a.Instance);
                Rewrite(next.Variables, name, a.NewNode, a.NewValue);
                next.Version++;
                await store.SaveAsync(new WorkflowChangeSet([new InstanceWrite(next, a.Instance.Version)]), token);
                audit.Record("Dossier", a.Dto.DossierId, "legal.parameter.applied",
                    new { parameter = name, value = a.Dto.RecordedValue, dueDate = a.Dto.DueDateBefore },
                    new { parameter = name, value = a.Dto.NewValue, dueDate = a.Dto.DueDateAfter, versionId },
                    $"Áp dụng {name} = {a.Dto.NewValue} cho hồ sơ {a.Dto.ProjectCode} nhận ngày {a.Dto.ReceivedOn:dd/MM/yyyy}");
            }
            return true;
        }, ct);
        return new ApplyLegalParameterResult(affected.Count, [.. affected.Select(a => a.Dto)]);
    }

    private sealed record Affected(AffectedDossierDto Dto, Workflows.Runtime.State.WorkflowInstance Instance, JsonNode NewNode, string NewValue);

    private async Task<IReadOnlyList<Affected>> FindAffectedAsync(string name, Guid versionId, CancellationToken ct)
    {
        var versions = await repository.ListVersionsAsync(name, false, ct);
        var index = versions.ToList().FindIndex(v => v.Id == versionId);
        if (index < 0)
        {
            throw new NotFoundException("phiên bản hiện hành của tham số", versionId);
        }
        var version = versions[index];
        DateOnly? to = index + 1 < versions.Count ? versions[index + 1].EffectiveFrom.AddDays(-1) : null;
        var newNode = LegalValues.ModelNode(version.Value, version.Unit);
        var newValue = newNode.ToJsonString().Trim('"');
        var calendar = calendars.Current;
        var list = new List<Affected>();
        var uses = new Dictionary<(string, int), bool>();
        foreach (var dossier in await repository.ListRunningDossiersAsync(version.EffectiveFrom, to, ct))
        {
            var instance = await store.FindAsync(dossier.InstanceId, ct);
            if (instance is null || instance.Variables[LegalConsts.Variable] is not JsonObject legal)
            {
                continue;
            }
            // Only dossiers whose procedure reads the parameter (its model names legal.<name>) are concerned.
            if (!uses.TryGetValue((instance.DefinitionKey, instance.DefinitionVersion), out var used))
            {
                var xml = await definitions.FindXmlAsync(instance.DefinitionKey, instance.DefinitionVersion, ct) ?? "";
                used = System.Text.RegularExpressions.Regex.IsMatch(xml, $@"legal\.{name}(?![A-Za-z0-9_])|>{name}<");
                uses[(instance.DefinitionKey, instance.DefinitionVersion)] = used;
            }
            if (!used)
            {
                continue;
            }
            var recorded = legal[name]?.ToJsonString().Trim('"');
            if (recorded == newValue)
            {
                continue;
            }
            var before = ProcedureSla.Read(instance.Variables[ProcedureVariables.Sla]);
            var after = ProcedureSla.Read(Rewritten(instance.Variables, name, newNode, newValue)[ProcedureVariables.Sla]);
            list.Add(new Affected(new AffectedDossierDto(dossier.DossierId, dossier.ProjectId, dossier.ProjectCode, dossier.ProjectName,
                dossier.ProcedureKey, dossier.ProcedureVersion, dossier.ReceivedOn, recorded, newValue,
                Due(before, calendar), Due(after, calendar)), instance, newNode, newValue));
        }
        return list;
    }

    private static DateOnly? Due(ProcedureSla sla, Workflows.Calendar.IWorkingDayCalendar calendar)
    {
        try
        {
            return sla.Clock()?.DueDate(calendar);
        }
        catch (Workflows.Calendar.CalendarException)
        {
            return null;
        }
    }

    private static JsonObject Rewritten(JsonObject variables, string name, JsonNode node, string value)
    {
        var copy = (JsonObject)variables.DeepClone();
        Rewrite(copy, name, node, value);
        return copy;
    }

    /// <summary>Sets <c>legal.name</c>; when the SLA clock counts by this parameter, its limit and unit follow.</summary>
    private static void Rewrite(JsonObject variables, string name, JsonNode node, string value)
    {
        if (variables[LegalConsts.Variable] is JsonObject legal)
        {
            legal[name] = node.DeepClone();
        }
        if (variables[ProcedureVariables.Sla] is JsonObject sla && sla["parameter"]?.ToString() == name
            && LegalValues.ParseDuration(value) is { } duration)
        {
            sla["limit"] = duration.Limit;
            sla["unit"] = duration.Unit.ToString();
        }
    }

    private static bool IsDuration(LegalUnit unit) => unit is LegalUnit.CalendarDays or LegalUnit.WorkingDays or LegalUnit.Months;

    private static object Snapshot(LegalParameterVersion v) => new
    {
        v.Name, v.Value, Unit = v.Unit.ToString(), v.EffectiveFrom, v.DocumentNumber, v.Article, v.Clause, Status = v.Status.ToString(), v.Note,
    };

    private static List<LegalParameterVersionDto> ToDtos(IEnumerable<LegalParameterVersion> current, IReadOnlyDictionary<string, string> documents)
    {
        var ordered = current.OrderBy(v => v.EffectiveFrom).ToList();
        return [.. ordered.Select((v, i) => v.ToDto(i + 1 < ordered.Count ? ordered[i + 1].EffectiveFrom.AddDays(-1) : null, documents))];
    }
}
