using InvestAid.Validation;
using System.Text.Json;
using System.Text.Json.Nodes;
using FluentValidation;
using FluentValidation.Results;
using InvestAid.Audit;
using InvestAid.Common;
using InvestAid.Errors;
using InvestAid.Finance;
using InvestAid.Projects;
using InvestAid.ReferenceData;

namespace InvestAid.Proposals;

/// <summary>
/// Outside edits held for validation (AMP's validation workflow): an owner's change of its project's description, a
/// disbursement row or a quarter's implemented capital is stored as a proposal with its field-level diff, reason and
/// attachments; an officer accepts all of it or some fields, or rejects it with a comment. Accepting applies it through
/// the same use case an officer's own edit takes, so only accepted data ever reaches lists, reports, exports and IATI.
/// </summary>
public sealed class ProposalAppService(
    IProposalRepository proposals,
    IProjectRepository projects,
    IFinanceRepository finance,
    IReferenceCodeQueries referenceCodes,
    IReferenceDataRepository referenceData,
    ProjectAppService projectService,
    FinanceAppService financeService,
    IUnitOfWork unitOfWork,
    AuditRecorder audit,
    ICurrentUser user,
    ProjectScopeProvider scopes,
    Identity.IUserDirectory people,
    TimeProvider clock)
{
    public const string EntityType = "project";
    private static readonly JsonSerializerOptions Json = ProposalFields.Json;
    private static readonly string[] DisbursementFields = ["date", "amount", "currency", "source", "reference"];
    private static readonly string[] ImplementedCapitalFields = ["year", "quarter", "amountUsd", "amountVnd", "submittedOn"];

    public async Task<ProposalDto> ProposeProjectDataAsync(Guid projectId, ProjectDataProposalRequest request, CancellationToken ct = default)
    {
        ValidateEnvelope(request.Changes, request.Reason, request.Attachments);
        var project = await LoadAsync(projectId, ct);
        var codes = await referenceCodes.LoadAsync(ProjectAppService.ValidatedKinds, ct);
        await new UpdateProjectRequestValidator(codes, project.Kind).ValidateAndThrowAsync(request.Changes, ct);
        var changes = request.Changes;
        if (!ValidationAccess.IsDepartmentStaff(user))
        {
            // An owner proposes changes to the description of its project, never to whose project it is.
            changes = changes with { OwnerUserId = project.OwnerUserId };
        }
        var current = JsonSerializer.SerializeToNode(project.ToDto(), Json)!.AsObject();
        var proposed = JsonSerializer.SerializeToNode(changes, Json)!.AsObject();
        var diff = ProposalFields.Diff(current, proposed, ProposalFields.ProjectData);
        return await AddAsync(project, ProposalKinds.ProjectData, proposed, diff, request.Reason, request.Attachments, ct);
    }

    public async Task<ProposalDto> ProposeDisbursementAsync(Guid projectId, DisbursementProposalRequest request, CancellationToken ct = default)
    {
        ValidateEnvelope(request.Disbursement, request.Reason, request.Attachments);
        var project = await LoadAsync(projectId, ct);
        EnsureKind(project, ProjectKind.Oda, ProjectKind.ConcessionalLoan);
        var codes = await referenceCodes.LoadAsync([ReferenceKind.Currency], ct);
        await new DisbursementInputValidator(codes, project).ValidateAndThrowAsync(request.Disbursement, ct);
        var proposed = JsonSerializer.SerializeToNode(request.Disbursement, Json)!.AsObject();
        var diff = ProposalFields.Diff(null, proposed, DisbursementFields);
        return await AddAsync(project, ProposalKinds.Disbursement, proposed, diff, request.Reason, request.Attachments, ct);
    }

    public async Task<ProposalDto> ProposeImplementedCapitalAsync(Guid projectId, ImplementedCapitalProposalRequest request, CancellationToken ct = default)
    {
        ValidateEnvelope(request.ImplementedCapital, request.Reason, request.Attachments);
        var project = await LoadAsync(projectId, ct);
        EnsureKind(project, ProjectKind.Fdi);
        var input = request.ImplementedCapital;
        await new ImplementedCapitalInputValidator(project).ValidateAndThrowAsync(input, ct);
        var existing = await finance.FindImplementedCapitalAsync(projectId, input.Year, input.Quarter, ct);
        var before = existing is null ? null : JsonSerializer.SerializeToNode(FinanceMapper.ToDto(existing), Json)!.AsObject();
        var proposed = JsonSerializer.SerializeToNode(input, Json)!.AsObject();
        var diff = ProposalFields.Diff(before, proposed, ImplementedCapitalFields);
        return await AddAsync(project, ProposalKinds.ImplementedCapital, proposed, diff, request.Reason, request.Attachments, ct);
    }

    public async Task<PagedResult<ProposalDto>> ListAsync(ProposalQuery query, CancellationToken ct = default)
    {
        var page = Math.Max(1, query.Page ?? 1);
        var size = Math.Clamp(query.PageSize ?? 20, 1, 200);
        // The figure scope (docs/security.md): list and detail alike.
        var projectIds = (await scopes.CurrentAsync(ct)).FigureProjects;
        var (items, total) = await proposals.ListAsync(query.ProjectId, query.Status, projectIds, page, size, ct);
        var names = await proposals.ProjectNamesAsync(items.Select(p => p.ProjectId).Distinct().ToList(), ct);
        var persons = await PeopleAsync(items, ct);
        var references = await ReferencesAsync(items, ct);
        return new PagedResult<ProposalDto>([.. items.Select(p => ToDto(p, names.GetValueOrDefault(p.ProjectId), persons, references))], total, page, size);
    }

    public async Task<ProposalDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        var proposal = await proposals.FindAsync(id, ct) ?? throw new NotFoundException("đề xuất", id);
        var project = await projects.FindForReadAsync(proposal.ProjectId, ct);
        if (project is null || !(await scopes.CurrentAsync(ct)).AllowsFigures(project.Id))
        {
            throw new NotFoundException("đề xuất", id);
        }
        return ToDto(proposal, (project.Code, project.NameVi, project.OwnerName), await PeopleAsync([proposal], ct), await ReferencesAsync([proposal], ct));
    }

    /// <summary>Accepts every field, or only those in <see cref="AcceptProposalRequest.Fields"/> (project data only), and applies them.</summary>
    public async Task<ProposalDto> AcceptAsync(Guid id, AcceptProposalRequest request, CancellationToken ct = default)
    {
        ValidationAccess.EnsureCanDecide(user);
        var proposal = await proposals.FindAsync(id, ct) ?? throw new NotFoundException("đề xuất", id);
        var fields = request.Fields;
        if (fields is not null)
        {
            var known = proposal.Changes.Select(c => c.Field).ToHashSet(StringComparer.Ordinal);
            if (fields.Count == 0 || fields.Any(f => !known.Contains(f)))
            {
                throw Invalid("fields", ValidationText.Get("proposal.fieldsRequired"));
            }
            if (proposal.Kind != ProposalKinds.ProjectData && fields.Count != known.Count)
            {
                throw Invalid("fields", ValidationText.Get("proposal.financeWhole"));
            }
        }
        if (request.Comment is { Length: > ProposalConsts.MaxCommentLength })
        {
            throw Invalid("comment", ValidationText.Format("proposal.commentTooLong", ProposalConsts.MaxCommentLength));
        }
        await ApplyAsync(proposal, fields, request.Comment, automatic: false, ct);
        return await GetAsync(id, ct);
    }

    public async Task<ProposalDto> RejectAsync(Guid id, RejectProposalRequest request, CancellationToken ct = default)
    {
        ValidationAccess.EnsureCanDecide(user);
        if (string.IsNullOrWhiteSpace(request.Comment))
        {
            throw Invalid("comment", ValidationText.Get("proposal.rejectReason"));
        }
        if (request.Comment.Length > ProposalConsts.MaxCommentLength)
        {
            throw Invalid("comment", ValidationText.Format("proposal.commentTooLong", ProposalConsts.MaxCommentLength));
        }
        var proposal = await proposals.FindAsync(id, ct) ?? throw new NotFoundException("đề xuất", id);
        proposal.Reject(user.Id, user.Name, request.Comment.Trim(), clock.GetUtcNow());
        audit.Record(EntityType, proposal.ProjectId, "proposal-rejected", null, new { proposalId = proposal.Id, proposal.Kind, comment = request.Comment },
            $"Trả lại đề xuất của {proposal.ProposedByName}: {request.Comment.Trim()}");
        await unitOfWork.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <summary>
    /// Accepts, as the system, every proposal pending for at least the working days <paramref name="workingDaysByKind"/> sets for its
    /// kind (a kind not named is never accepted automatically). Run twice, it accepts nothing twice.
    /// </summary>
    public async Task<int> AutoAcceptAsync(IReadOnlyDictionary<string, int> workingDaysByKind, Func<DateOnly, DateOnly, int> workingDaysBetween, CancellationToken ct = default)
    {
        var today = VietnamTime.Today(clock);
        var accepted = 0;
        foreach (var proposal in await proposals.PendingAsync(clock.GetUtcNow(), ct))
        {
            if (!workingDaysByKind.TryGetValue(proposal.Kind, out var workingDays)
                || workingDaysBetween(VietnamTime.DateOf(proposal.ProposedAt), today) < workingDays)
            {
                continue;
            }
            await ApplyAsync(proposal, null, $"Tự động xác nhận sau {workingDays} ngày làm việc không có ý kiến.", automatic: true, ct);
            accepted++;
        }
        return accepted;
    }

    private async Task ApplyAsync(ChangeProposal proposal, IReadOnlyList<string>? fields, string? comment, bool automatic, CancellationToken ct)
    {
        var accepted = proposal.Accept(fields, user.Id, automatic ? "Hệ thống (tự động)" : user.Name, comment, clock.GetUtcNow(), automatic);
        var summary = $"Xác nhận đề xuất của {proposal.ProposedByName} ({accepted.Count}/{proposal.Changes.Count} trường): {proposal.Reason}";
        audit.Record(EntityType, proposal.ProjectId, automatic ? "proposal-auto-accepted" : "proposal-accepted", null,
            new { proposalId = proposal.Id, proposal.Kind, fields = accepted.Select(c => c.Field), comment }, summary);
        var payload = JsonNode.Parse(proposal.PayloadJson)!.AsObject();
        switch (proposal.Kind)
        {
            case ProposalKinds.ProjectData:
                var current = await projectService.GetAsync(proposal.ProjectId, null, ct);
                var merged = JsonSerializer.SerializeToNode(current, Json)!.AsObject();
                foreach (var change in accepted)
                {
                    merged[change.Field] = payload[change.Field]?.DeepClone();
                }
                var request = merged.Deserialize<UpdateProjectRequest>(Json)!;
                await projectService.UpdateAsync(proposal.ProjectId, request, $"\"{current.Version}\"", ct,
                    $"Cập nhật theo đề xuất của {proposal.ProposedByName}: {proposal.Reason}");
                break;
            case ProposalKinds.Disbursement:
                await financeService.RecordDisbursementAsync(proposal.ProjectId, payload.Deserialize<DisbursementInput>(Json)!, ct);
                break;
            case ProposalKinds.ImplementedCapital:
                await financeService.ReportImplementedCapitalAsync(proposal.ProjectId, payload.Deserialize<ImplementedCapitalInput>(Json)!, ct);
                break;
            default:
                throw new InvalidOperationException($"Unknown proposal kind {proposal.Kind}.");
        }
    }

    private async Task<ProposalDto> AddAsync(Project project, string kind, JsonObject payload, List<ProposedFieldChange> diff, string reason,
        IReadOnlyList<string>? attachments, CancellationToken ct)
    {
        if (diff.Count == 0)
        {
            throw Invalid("changes", ValidationText.Get("proposal.noChange"));
        }
        var proposal = new ChangeProposal(project.Id, kind, payload.ToJsonString(), diff, reason.Trim(),
            [.. (attachments ?? []).Select(a => a.Trim())], user.Id, user.Name, clock.GetUtcNow());
        proposals.Add(proposal);
        audit.Record(EntityType, project.Id, "proposal-submitted", null,
            new { proposalId = proposal.Id, kind, changes = diff.Select(c => new { c.Field, c.OldValue, c.NewValue }) },
            $"Đề xuất thay đổi ({diff.Count} trường), chờ xác nhận: {reason.Trim()}");
        await unitOfWork.SaveChangesAsync(ct);
        return ToDto(proposal, (project.Code, project.NameVi, project.OwnerName), await PeopleAsync([proposal], ct), await ReferencesAsync([proposal], ct));
    }

    private async Task<Project> LoadAsync(Guid projectId, CancellationToken ct)
    {
        var project = await projects.FindAsync(projectId, ct) ?? throw new NotFoundException("dự án", projectId);
        ValidationAccess.EnsureCanPropose(user, project, await scopes.CurrentAsync(ct));
        return project;
    }

    private static void EnsureKind(Project project, params ProjectKind[] kinds)
    {
        if (!kinds.Contains(project.Kind))
        {
            throw new DomainException(ErrorCodes.ProjectKindMismatch, $"Dự án {project.Code} ({project.Kind}) không có loại số liệu này.");
        }
    }

    private static void ValidateEnvelope(object? body, string? reason, IReadOnlyList<string>? attachments)
    {
        var failures = new List<ValidationFailure>();
        if (body is null)
        {
            failures.Add(new ValidationFailure("changes", ValidationText.Get("proposal.changesRequired")));
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            failures.Add(new ValidationFailure("reason", ValidationText.Get("proposal.reasonRequired")));
        }
        else if (reason.Length > ProposalConsts.MaxReasonLength)
        {
            failures.Add(new ValidationFailure("reason", ValidationText.Format("proposal.reasonTooLong", ProposalConsts.MaxReasonLength)));
        }
        if (attachments is { } a && (a.Count > ProposalConsts.MaxAttachments || a.Any(x => string.IsNullOrWhiteSpace(x) || x.Length > ProposalConsts.MaxAttachmentNameLength)))
        {
            failures.Add(new ValidationFailure("attachments", ValidationText.Format("proposal.attachments", ProposalConsts.MaxAttachments, ProposalConsts.MaxAttachmentNameLength)));
        }
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
    }

    private static ValidationException Invalid(string field, string message) => new([new ValidationFailure(field, message)]);

    /// <summary>The display names of everyone a page of proposals mentions: who proposed, who decided, and owner accounts in the diff.</summary>
    private async Task<IReadOnlyDictionary<Guid, string>> PeopleAsync(IReadOnlyCollection<ChangeProposal> items, CancellationToken ct)
    {
        var ids = new HashSet<Guid>();
        foreach (var p in items)
        {
            if (p.ProposedById is { } by) ids.Add(by);
            if (p.DecidedById is { } decider) ids.Add(decider);
            foreach (var c in p.Changes.Where(c => c.Field == "ownerUserId"))
            {
                foreach (var value in new[] { c.OldValue, c.NewValue })
                {
                    if (value is not null && JsonNode.Parse(value) is JsonValue v && v.TryGetValue<string>(out var s) && Guid.TryParse(s, out var id)) ids.Add(id);
                }
            }
        }
        return await people.DisplayNamesAsync(ids, ct);
    }

    /// <summary>The names of every reference code the proposals' changes mention, in one lookup.</summary>
    private Task<ReferenceNames> ReferencesAsync(IReadOnlyCollection<ChangeProposal> items, CancellationToken ct) =>
        ReferenceNames.LoadAsync(referenceData, items.SelectMany(p => p.Changes).SelectMany(c => new[] { (c.Field, c.OldValue), (c.Field, c.NewValue) }), ct);

    /// <summary>
    /// The proposal for a reader in the request's language: people by name (the stored sign-in name only when the account is
    /// gone), values as <see cref="ProposalValueText"/> writes them.
    /// </summary>
    public static ProposalDto ToDto(ChangeProposal p, (string Code, string Name, string? OwnerName) project, IReadOnlyDictionary<Guid, string> people,
        ReferenceNames references)
    {
        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        var english = culture.TwoLetterISOLanguageName == "en";
        var payload = JsonNode.Parse(p.PayloadJson) as JsonObject;
        var currency = payload?["currency"] is JsonValue c && c.TryGetValue<string>(out var code) ? code : null;
        string? Person(Guid id) => people.TryGetValue(id, out var name) ? name : null;
        var proposedBy = p.ProposedById is { } by ? Person(by) ?? p.ProposedByName : p.ProposedByName;
        var decidedBy = p.DecidedById is { } decider ? Person(decider) ?? p.DecidedByName
            : p.AutoAccepted ? (english ? "System (automatic)" : "Hệ thống (tự động)") : p.DecidedByName;
        return p.ToDto(project.Code ?? "", project.Name ?? "",
            [.. p.Changes.Select(ch =>
            {
                var (vi, en) = ProposalFields.Label(ch.Field);
                return new ProposalFieldDto(ch.Field, vi, en,
                    ProposalValueText.Format(ch.OldValue, ch.Field, currency, culture, Person, references),
                    ProposalValueText.Format(ch.NewValue, ch.Field, currency, culture, Person, references), ch.Accepted);
            })],
            proposedBy, decidedBy);
    }
}
