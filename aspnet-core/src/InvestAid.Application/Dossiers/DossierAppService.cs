using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FluentValidation;
using InvestAid.Common;
using InvestAid.Procedures;
using InvestAid.Projects;
using InvestAid.Workflows;
using InvestAid.Workflows.Persistence;
using InvestAid.Workflows.Runtime;
using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Dossiers;

/// <summary>
/// Dossiers of a project: receive one (start the procedure version in force on the receipt day), read them with
/// their steps and SLA clock, record the applicant's resubmission. Each command is one transaction with its instance.
/// </summary>
public sealed class DossierAppService(
    IDossierRepository dossiers,
    IProjectRepository projects,
    WorkflowDefinitionService definitions,
    IWorkflowDefinitionRepository definitionInfos,
    WorkflowService workflows,
    IWorkflowStore store,
    IWorkflowEffectHandler effects,
    IProcedureTransaction transaction,
    WorkingDayCalendarProvider calendars,
    ICurrentUser user,
    ProcedureAgencies agencies,
    Legal.LegalParameterService legalParameters,
    Legal.HolidayNoticeService holidayNotices,
    Finance.AidAccountService aidAccounts,
    StepNames stepNames,
    Identity.IUserDirectory people,
    Decisions.Forms.FormResolver forms,
    TimeProvider clock)
{
    public async Task<DossierDto> StartAsync(Guid projectId, StartDossierRequest request, Actor actor, CancellationToken ct)
    {
        await new StartDossierRequestValidator().ValidateAndThrowAsync(request, ct);
        await agencies.CheckAsync(request.Variables, request.ReceivedOn, "variables.agencies", ct);
        var project = await projects.FindAsync(projectId, ct) ?? throw new NotFoundException("dự án", projectId);
        if (!DossierAccess.IsStaff(actor))
        {
            throw new ForbiddenException("Chỉ cán bộ của Sở được tiếp nhận hồ sơ.");
        }
        var definition = await definitions.ResolveForStartAsync(request.ProcedureKey, null, request.ReceivedOn, ct);
        await forms.CheckStartAsync(definition, request.Variables, ct);
        // The law as it stands on the receipt day: the model reads ${legal.name}; a later edit of a parameter leaves this copy alone.
        var legal = await legalParameters.ValuesOnAsync(request.ReceivedOn, ct);
        if (legal["ngoEmergencyReliefMonths"] is { } emergency && request.ProcedureKey == "ngo-aid-approval")
        {
            // Decree 313/2025's scope exclusions (the parameter exists from its effective date only).
            NgoAidScope.Check(request.Variables, Legal.LegalValues.ParseMonths(emergency.ToString()));
        }
        if (request.Variables?.TryGetValue(ProcedureVariables.SensitiveField, out var sensitive) == true
            && sensitive.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure(
                "variables." + ProcedureVariables.SensitiveField, "Lĩnh vực nhạy cảm (an ninh, quốc phòng, tôn giáo, xây dựng pháp luật) phải là true hoặc false.")]);
        }
        var aidAccount = project.Kind == ProjectKind.NgoAid ? Finance.AidAccountService.FromVariables(request.Variables) : null;

        var (dossier, result) = await transaction.RunAsync(async token =>
        {
            var now = clock.GetUtcNow();
            var dossier = new Dossier(project.Id, request.ProcedureKey, request.ReceivedOn, request.Applicant.Name, request.Applicant.Contact, now);
            dossiers.Add(dossier);
            if (aidAccount is not null)
            {
                await aidAccounts.RecordAsync(project.Id, aidAccount, token);
            }
            var started = await workflows.StartAsync(definition, dossier.Id.ToString(), StartVariables(dossier, project, request, legal), token);
            dossier.Follow(started.Instance.Id, definition.Version, now);
            return (dossier, started);
        }, ct);
        await effects.HandleAsync(result.Effects, ct);
        return await ToDtoAsync(dossier, project, result.Instance, ct);
    }

    public async Task<DossierDto> GetAsync(Guid id, Actor actor, CancellationToken ct)
    {
        var (dossier, project, instance) = await LoadVisibleAsync(id, actor, ct);
        return await ToDtoAsync(dossier, project, instance, ct);
    }

    public async Task<IReadOnlyList<DossierDto>> ListForProjectAsync(Guid projectId, Actor actor, CancellationToken ct)
    {
        var project = await projects.FindAsync(projectId, ct) ?? throw new NotFoundException("dự án", projectId);
        var list = new List<DossierDto>();
        foreach (var dossier in await dossiers.ListForProjectAsync(projectId, ct))
        {
            var instance = await InstanceOfAsync(dossier, ct);
            if (DossierAccess.CanSee(actor, user.Id, project, instance))
            {
                list.Add(await ToDtoAsync(dossier, project, instance, ct));
            }
        }
        if (list.Count == 0 && !DossierAccess.SeesAll(actor) && !DossierAccess.CanSee(actor, user.Id, project, null))
        {
            throw new NotFoundException("dự án", projectId);
        }
        return list;
    }

    /// <summary>The applicant brought back the supplemented dossier: the instance's <c>resubmitted</c> message, the clock resumes.</summary>
    public async Task<DossierDto> ResubmitAsync(Guid id, ResubmitDossierRequest request, Actor actor, CancellationToken ct)
    {
        var (dossier, project, instance) = await LoadVisibleAsync(id, actor, ct);
        if (!DossierAccess.IsStaff(actor))
        {
            throw new ForbiddenException("Chỉ cán bộ của Sở được tiếp nhận hồ sơ bổ sung.");
        }
        var on = request.On ?? VietnamTime.Today(clock);
        var result = await transaction.RunAsync(token => workflows.DeliverMessageAsync(instance!.Id, "resubmitted",
            new Dictionary<string, object?> { [ProcedureVariables.ResubmittedOn] = on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, token), ct);
        await effects.HandleAsync(result.Effects, ct);
        return await ToDtoAsync(dossier, project, result.Instance, ct);
    }

    internal async Task<(Dossier Dossier, Project Project, WorkflowInstance? Instance)> LoadVisibleAsync(Guid id, Actor actor, CancellationToken ct)
    {
        var dossier = await dossiers.FindAsync(id, ct) ?? throw new NotFoundException("hồ sơ", id);
        var project = await projects.FindAsync(dossier.ProjectId, ct) ?? throw new NotFoundException("hồ sơ", id);
        var instance = await InstanceOfAsync(dossier, ct);
        if (!DossierAccess.CanSee(actor, user.Id, project, instance))
        {
            throw new NotFoundException("hồ sơ", id);
        }
        return (dossier, project, instance);
    }

    internal async Task<DossierDto> ToDtoAsync(Dossier dossier, Project project, WorkflowInstance? instance, CancellationToken ct)
    {
        var info = await definitionInfos.FindAsync(dossier.ProcedureKey, dossier.ProcedureVersion, ct);
        return dossier.ToDto(project, instance, info?.LegalBasis, calendars.Current, VietnamTime.Today(clock), clock.GetUtcNow(),
            await holidayNotices.YearsWithNoticeAsync(ct), stepNames, await PeopleAsync(dossier.Documents.Select(d => d.UploadedBy), ct));
    }

    /// <summary>Display names of the people with these e-mail addresses (the uploaders of documents).</summary>
    internal async Task<IReadOnlyDictionary<string, string>> PeopleAsync(IEnumerable<string?> emails, CancellationToken ct)
    {
        var known = emails.OfType<string>().Where(e => e.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return known.Count == 0 ? new Dictionary<string, string>() : await people.NamesAsync(known, ct);
    }

    private async Task<WorkflowInstance?> InstanceOfAsync(Dossier dossier, CancellationToken ct) =>
        dossier.WorkflowInstanceId is { } instanceId ? await store.FindAsync(instanceId, ct) : null;

    private static Dictionary<string, object?> StartVariables(Dossier dossier, Project project, StartDossierRequest request, JsonObject legal)
    {
        var variables = request.Variables?.ToDictionary(v => v.Key, v => (object?)v.Value) ?? [];
        variables[Legal.LegalConsts.Variable] = legal;
        variables[ProcedureVariables.ProjectId] = project.Id.ToString();
        variables[ProcedureVariables.DossierId] = dossier.Id.ToString();
        variables["projectCode"] = project.Code;
        variables[ProcedureVariables.ReceivedOn] = dossier.ReceivedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        variables.TryAdd(ProcedureVariables.Agencies, new JsonArray());
        // Paths of the Law on Investment 143/2025 versions: policy approval by the provincial Chairperson, company registered before or
        // after the certificate, zone management board as issuer, capital change (no policy adjustment for it since 1 Mar 2026).
        variables.TryAdd("requiresPolicyApproval", false);
        variables.TryAdd("companyRegistration", "after");
        variables.TryAdd("inZone", project.IndustrialZoneCode is not null);
        variables.TryAdd("capitalChangePercent", 0);
        if (project.Ngo is { } aid)
        {
            // Inputs of the approving-authority decision table (ngo-aid-approval-authority): the aid's committed value in USD and
            // whether it touches security, defence, religion or law-making (the officer's call at receipt; not sensitive by default).
            variables.TryAdd(ProcedureVariables.AidAmountUsd, aid.CommittedUsd);
            variables.TryAdd(ProcedureVariables.SensitiveField, false);
        }
        // The consultation deadline the officer leaves open is the legal parameter of the procedure's law (set by the province).
        var defaultDue = request.ProcedureKey switch
        {
            "ngo-aid-approval" => legal["ngoConsultationPeriod"]?.ToString(),
            "oda-proposal" => legal["odaConsultationPeriod"]?.ToString(),
            _ => null,
        } ?? ProcedureVariables.DefaultConsultationDue;
        variables.TryAdd(ProcedureVariables.ConsultationDue, defaultDue);
        var due = variables[ProcedureVariables.ConsultationDue] is JsonElement { ValueKind: JsonValueKind.String } given
            ? given.GetString()! : defaultDue;
        variables.TryAdd(ProcedureVariables.ConsultationReminder, ProcedureVariables.ReminderFor(due));
        return variables;
    }
}
