using FluentValidation;
using InvestAid.Audit;
using InvestAid.Common;
using InvestAid.ReferenceData;
using InvestAid.Text;

namespace InvestAid.Projects;

/// <summary>The registry's use cases for one project: register, edit, move status, record capital events, read.</summary>
public sealed class ProjectAppService(
    IProjectRepository projects,
    IReferenceCodeQueries referenceCodes,
    IUnitOfWork unitOfWork,
    AuditRecorder audit,
    ICurrentUser user,
    ProjectScopeProvider scopes,
    TimeProvider clock,
    Freezes.FrozenPeriods frozen)
{
    public const string EntityType = "project";

    internal static readonly ReferenceKind[] ValidatedKinds =
    [
        ReferenceKind.Country, ReferenceKind.Currency, ReferenceKind.VsicSection, ReferenceKind.VsicDivision,
        ReferenceKind.DacPurpose, ReferenceKind.Donor, ReferenceKind.AdministrativeUnit, ReferenceKind.IndustrialZone,
        ReferenceKind.Agency,
    ];

    public async Task<ProjectDto> CreateAsync(CreateProjectRequest request, CancellationToken ct = default)
    {
        var codes = await referenceCodes.LoadAsync(ValidatedKinds, ct);
        await new CreateProjectRequestValidator(codes).ValidateAndThrowAsync(request, ct);

        var now = clock.GetUtcNow();
        var profile = request.ToProfile();
        var year = (request.Fdi?.IrcDate ?? request.Oda?.AgreementDate ?? request.Ngo?.ApprovalDate ?? VietnamTime.Today(clock)).Year;
        var series = ProjectCodes.Series(request.Kind);
        var number = await projects.NextNumberAsync(series, year, ct);
        var project = new Project(ProjectCodes.Format(series, year, number), request.Kind, profile, now);
        if (request is { Kind: ProjectKind.Fdi, RegisteredCapitalUsd: { } capitalUsd, Fdi.IrcDate: { } ircDate })
        {
            project.RecordCapitalEvent(CapitalEventType.NewRegistration, ircDate, capitalUsd, request.RegisteredCapitalVnd ?? 0m,
                request.Fdi.IrcNumber, "Cấp mới khi đăng ký dự án", null, now, user.Name);
        }
        projects.Add(project);
        audit.Record(EntityType, project.Id, AuditAction.Created, null, project.ToDto(), $"Đăng ký dự án {project.Code}");
        await unitOfWork.SaveChangesAsync(ct);
        return project.ToDto();
    }

    public async Task<ProjectDto> UpdateAsync(Guid id, UpdateProjectRequest request, string? ifMatch, CancellationToken ct = default, string? summary = null)
    {
        var version = RecordVersion.Parse(ifMatch);
        var project = await LoadForEditAsync(id, ct);
        var codes = await referenceCodes.LoadAsync(ValidatedKinds, ct);
        await new UpdateProjectRequestValidator(codes, project.Kind).ValidateAndThrowAsync(request, ct);
        if (project.ConcurrencyToken != version)
        {
            throw new PreconditionFailedException(missing: false);
        }
        var before = project.ToDto();
        var profile = request.ToProfile();
        if (!ProjectAccess.IsDepartmentStaff(user))
        {
            // An owner edits the description of its project, never whose project it is.
            profile = profile with { OwnerUserId = project.OwnerUserId };
        }
        project.Update(profile, clock.GetUtcNow());
        projects.ExpectVersion(project, version);
        audit.Record(EntityType, project.Id, AuditAction.Updated, before, project.ToDto(), summary ?? "Cập nhật thông tin dự án");
        await unitOfWork.SaveChangesAsync(ct);
        return project.ToDto();
    }

    public async Task<ProjectDto> ChangeStatusAsync(Guid id, ChangeProjectStatusRequest request, string? ifMatch, CancellationToken ct = default)
    {
        var project = await LoadForEditAsync(id, ct);
        if (!ProjectAccess.IsDepartmentStaff(user))
        {
            throw new ForbiddenException("Chỉ cán bộ của Sở được chuyển trạng thái dự án.");
        }
        if (ifMatch is not null)
        {
            var version = RecordVersion.Parse(ifMatch);
            if (project.ConcurrencyToken != version)
            {
                throw new PreconditionFailedException(missing: false);
            }
            projects.ExpectVersion(project, version);
        }
        var before = project.Status;
        project.Apply(request.Action, request.EffectiveDate ?? VietnamTime.Today(clock), clock.GetUtcNow());
        audit.Record(EntityType, project.Id, AuditAction.StatusChanged, new { status = before }, new { status = project.Status },
            $"Chuyển trạng thái {before} → {project.Status}");
        await unitOfWork.SaveChangesAsync(ct);
        return project.ToDto();
    }

    public async Task<CapitalEventDto> RecordCapitalEventAsync(Guid id, RecordCapitalEventRequest request, CancellationToken ct = default)
    {
        await new RecordCapitalEventRequestValidator().ValidateAndThrowAsync(request, ct);
        var project = await LoadForEditAsync(id, ct);
        if (!ProjectAccess.IsDepartmentStaff(user))
        {
            throw new ForbiddenException("Chỉ cán bộ của Sở được ghi sổ vốn đăng ký.");
        }
        await frozen.EnsureOpenAsync(project.Id, request.EffectiveDate, Freezes.FreezeCoverage.FdiLedger, request.FreezeExceptionId,
            $"Bút toán vốn {request.Type} ngày {request.EffectiveDate:dd/MM/yyyy}", ct);
        var before = new { project.RegisteredCapitalUsd, project.RegisteredCapitalVnd, project.Status };
        var entry = project.RecordCapitalEvent(request.Type, request.EffectiveDate, request.CapitalChangeUsd, request.CapitalChangeVnd ?? 0m,
            request.CertificateNumber, request.Note, request.CorrectsEventId, clock.GetUtcNow(), user.Name);
        var dto = entry.ToDto(superseded: false);
        audit.Record(EntityType, project.Id, AuditAction.CapitalEventRecorded, before,
            new { project.RegisteredCapitalUsd, project.RegisteredCapitalVnd, project.Status, entry = dto },
            CapitalEventSummary(request));
        await unitOfWork.SaveChangesAsync(ct);
        return dto;
    }

    public async Task<ProjectDto> GetAsync(Guid id, DateOnly? asOf, CancellationToken ct = default)
    {
        var project = await projects.FindForReadAsync(id, ct);
        if (project is null || !(await scopes.CurrentAsync(ct)).Allows(project))
        {
            throw new NotFoundException("dự án", id);
        }
        return project.ToDto(asOf);
    }

    private async Task<Project> LoadForEditAsync(Guid id, CancellationToken ct)
    {
        var project = await projects.FindAsync(id, ct);
        if (project is null || !ProjectScope.For(user).Allows(project))
        {
            throw new NotFoundException("dự án", id);
        }
        return project;
    }

    private static string CapitalEventSummary(RecordCapitalEventRequest r) => r.Type switch
    {
        _ when r.CorrectsEventId is not null => $"Đính chính bút toán {r.Type} ngày {r.EffectiveDate:dd/MM/yyyy}",
        CapitalEventType.NewRegistration => $"Cấp mới ngày {r.EffectiveDate:dd/MM/yyyy}: {MoneyText.Format(r.CapitalChangeUsd, "USD")}",
        CapitalEventType.Adjustment => $"Điều chỉnh ngày {r.EffectiveDate:dd/MM/yyyy}: {MoneyText.Signed(r.CapitalChangeUsd, "USD")}",
        _ => $"Chấm dứt hoạt động ngày {r.EffectiveDate:dd/MM/yyyy}",
    };
}
