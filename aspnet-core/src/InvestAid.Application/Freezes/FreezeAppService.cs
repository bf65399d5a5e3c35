using FluentValidation;
using FluentValidation.Results;
using InvestAid.Audit;
using InvestAid.Common;
using InvestAid.Projects;
using InvestAid.Proposals;
using InvestAid.Validation;

namespace InvestAid.Freezes;

/// <summary>Data-freeze events (declared by administrators) and leaders' exceptions for entries in frozen months.</summary>
public sealed class FreezeAppService(
    IFreezeRepository freezes,
    IProjectRepository projects,
    IProposalRepository projectNames,
    Identity.IUserDirectory people,
    ProjectScopeProvider scopes,
    FrozenPeriods frozen,
    IUnitOfWork unitOfWork,
    AuditRecorder audit,
    ICurrentUser user,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<FreezeEventDto>> ListEventsAsync(CancellationToken ct = default) =>
        [.. (await freezes.EventsAsync(ct)).Select(FreezeMapper.ToDto)];

    public async Task<FreezeEventDto> DeclareAsync(FreezeEventInput input, CancellationToken ct = default)
    {
        var failures = new List<ValidationFailure>();
        if (input.FreezeDate < ProjectConsts.MinDate || input.FreezeDate > ProjectConsts.MaxDate)
        {
            failures.Add(new("freezeDate", "Ngày khóa sổ không hợp lệ."));
        }
        if (input.GraceDays is < 0 or > 366)
        {
            failures.Add(new("graceDays", "Thời gian ân hạn từ 0 đến 366 ngày."));
        }
        if (!Enum.IsDefined(input.Coverage))
        {
            failures.Add(new("coverage", "Phạm vi khóa sổ không hợp lệ."));
        }
        if (input.Note is { Length: > ProposalConsts.MaxReasonLength })
        {
            failures.Add(new("note", $"Ghi chú tối đa {ProposalConsts.MaxReasonLength} ký tự."));
        }
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
        var freeze = new FreezeEvent(input.FreezeDate, input.GraceDays, input.Coverage, input.Note?.Trim(), user.Name, clock.GetUtcNow());
        freezes.Add(freeze);
        audit.Record("freeze", freeze.Id, "freeze-declared", null, FreezeMapper.ToDto(freeze),
            $"Khóa sổ số liệu đến ngày {input.FreezeDate:dd/MM/yyyy}, ân hạn {input.GraceDays} ngày ({input.Coverage})");
        await unitOfWork.SaveChangesAsync(ct);
        return FreezeMapper.ToDto(freeze);
    }

    public async Task<FreezeExceptionDto> GrantExceptionAsync(FreezeExceptionInput input, CancellationToken ct = default)
    {
        ValidationAccess.EnsureLeader(user);
        var failures = new List<ValidationFailure>();
        if (input.Month is < 1 or > 12)
        {
            failures.Add(new("month", ValidationText.Get("freeze.month")));
        }
        if (input.Year is < 1988 or > 2100)
        {
            failures.Add(new("year", ValidationText.Get("freeze.year")));
        }
        if (string.IsNullOrWhiteSpace(input.Reason))
        {
            failures.Add(new("reason", ValidationText.Get("freeze.reasonRequired")));
        }
        else if (input.Reason.Length > ProposalConsts.MaxReasonLength)
        {
            failures.Add(new("reason", ValidationText.Format("proposal.reasonTooLong", ProposalConsts.MaxReasonLength)));
        }
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
        var project = await projects.FindAsync(input.ProjectId, ct) ?? throw new NotFoundException("dự án", input.ProjectId);
        var exception = new FreezeException(project.Id, input.Year, input.Month, input.Reason.Trim(), user.Id, user.Name, clock.GetUtcNow());
        freezes.Add(exception);
        audit.Record("project", project.Id, "freeze-exception-granted", null, FreezeMapper.ToDto(exception),
            $"Lãnh đạo cho phép ghi vào kỳ đã khóa sổ {input.Month:00}/{input.Year}: {input.Reason.Trim()}");
        await unitOfWork.SaveChangesAsync(ct);
        return (await NamedAsync([exception], ct)).Single();
    }

    /// <summary>The exceptions granted (newest first), of one project or all, limited to the projects whose figures the user sees.</summary>
    public async Task<IReadOnlyList<FreezeExceptionDto>> ListExceptionsAsync(Guid? projectId, CancellationToken ct = default)
    {
        var scope = await scopes.CurrentAsync(ct);
        var items = (await freezes.ExceptionsAsync(projectId, ct)).Where(e => scope.AllowsFigures(e.ProjectId)).ToList();
        return await NamedAsync(items, ct);
    }

    /// <summary>The exceptions with their project's code and name and the granting leader's name (never the sign-in e-mail).</summary>
    private async Task<IReadOnlyList<FreezeExceptionDto>> NamedAsync(IReadOnlyList<FreezeException> items, CancellationToken ct)
    {
        var projectsById = await projectNames.ProjectNamesAsync([.. items.Select(e => e.ProjectId).Distinct()], ct);
        var leaders = await people.DisplayNamesAsync([.. items.Where(e => e.GrantedById is not null).Select(e => e.GrantedById!.Value).Distinct()], ct);
        return [.. items.Select(e =>
        {
            var project = projectsById.GetValueOrDefault(e.ProjectId);
            var grantedBy = e.GrantedById is { } id && leaders.TryGetValue(id, out var name) ? name : e.GrantedByName;
            return FreezeMapper.ToDto(e) with { GrantedByName = grantedBy, ProjectCode = project.Code ?? "", ProjectName = project.Name ?? "" };
        })];
    }

    public async Task<FrozenCheckDto> CheckAsync(DateOnly date, FreezeCoverage coverage, CancellationToken ct = default)
    {
        var why = await frozen.WhyFrozenAsync(date, coverage, ct);
        return new FrozenCheckDto(date, coverage, why is not null, why?.Vi, why?.En);
    }
}
