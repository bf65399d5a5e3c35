using FluentValidation;
using InvestAid.Audit;
using InvestAid.Common;
using InvestAid.Text;
using InvestAid.Validation;

namespace InvestAid.Identity;

/// <summary>
/// Administrators' groups: every role is a group (seeded, its members are the role's users); administrators create
/// further groups, rename them and choose their members. Models name a group by its code in <c>candidateGroups</c>.
/// </summary>
public sealed class GroupAdminService(
    IUserGroupRepository groups, IIdentityDirectory directory, IdentityResolver resolver, IUnitOfWork unitOfWork, AuditRecorder audit)
{
    public const string EntityType = "user-group";

    public async Task<IReadOnlyList<UserGroupDto>> ListAsync(CancellationToken ct)
    {
        var index = new IdentityIndex(await directory.LoadAsync(ct));
        return [.. index.Snapshot.Groups.OrderBy(g => g.RoleName is null).ThenBy(g => g.NameVi, StringComparer.CurrentCulture).Select(g => g.ToDto(index))];
    }

    public async Task<UserGroupDto> GetAsync(Guid id, CancellationToken ct)
    {
        var index = new IdentityIndex(await directory.LoadAsync(ct));
        return (index.Group(id) ?? throw new NotFoundException(Localized.Pick("nhóm", "group"), id)).ToDto(index);
    }

    public async Task<UserGroupDto> CreateAsync(UserGroupInput input, CancellationToken ct)
    {
        await new UserGroupInputValidator().ValidateAndThrowAsync(input, ct);
        var code = input.Code.Trim();
        if (await groups.FindByCodeAsync(code, ct) is not null || code.StartsWith(Dossiers.AgencyClaims.GroupPrefix, StringComparison.Ordinal))
        {
            throw ValidationText.Invalid("code", "identity.groupCodeTaken", code);
        }

        await CheckMembersAsync(input.MemberIds, ct);
        var group = new UserGroup(code, input.NameVi, input.NameEn ?? "");
        group.SetMembers(input.MemberIds ?? []);
        groups.Add(group);
        audit.Record(EntityType, group.Id, AuditAction.Created, null, Snapshot(group), $"Tạo nhóm {group.Code}");
        await unitOfWork.SaveChangesAsync(ct);
        resolver.Reset();
        return await GetAsync(group.Id, ct);
    }

    /// <summary>Renames the group and, for a group made by administrators, replaces its members. The code never changes.</summary>
    public async Task<UserGroupDto> UpdateAsync(Guid id, UserGroupInput input, string? ifMatch, CancellationToken ct)
    {
        var version = RecordVersion.Parse(ifMatch);
        await new UserGroupInputValidator().ValidateAndThrowAsync(input, ct);
        var group = await groups.FindAsync(id, ct) ?? throw new NotFoundException(Localized.Pick("nhóm", "group"), id);
        if (!string.Equals(group.Code, input.Code.Trim(), StringComparison.Ordinal))
        {
            throw ValidationText.Invalid("code", "identity.groupCodeFixed");
        }

        if (group.IsRole && input.MemberIds is { Count: > 0 })
        {
            throw ValidationText.Invalid("memberIds", "identity.roleMembers");
        }

        if (group.ConcurrencyToken != version)
        {
            throw new PreconditionFailedException(missing: false);
        }

        await CheckMembersAsync(input.MemberIds, ct);
        var before = Snapshot(group);
        group.Rename(input.NameVi, input.NameEn ?? "");
        if (!group.IsRole)
        {
            group.SetMembers(input.MemberIds ?? []);
        }

        groups.ExpectVersion(group, version);
        audit.Record(EntityType, group.Id, AuditAction.Updated, before, Snapshot(group), $"Sửa nhóm {group.Code}");
        await unitOfWork.SaveChangesAsync(ct);
        resolver.Reset();
        return await GetAsync(id, ct);
    }

    /// <summary>Deletes a group made by administrators (a role's group stays); its identity mappings go with it.</summary>
    public async Task DeleteAsync(Guid id, string? ifMatch, CancellationToken ct)
    {
        var version = RecordVersion.Parse(ifMatch);
        var group = await groups.FindAsync(id, ct) ?? throw new NotFoundException(Localized.Pick("nhóm", "group"), id);
        if (group.IsRole)
        {
            throw ValidationText.Invalid("id", "identity.roleGroupDelete");
        }

        if (group.ConcurrencyToken != version)
        {
            throw new PreconditionFailedException(missing: false);
        }

        groups.ExpectVersion(group, version);
        groups.Remove(group);
        audit.Record(EntityType, group.Id, AuditAction.Deleted, Snapshot(group), null, $"Xoá nhóm {group.Code}");
        await unitOfWork.SaveChangesAsync(ct);
        resolver.Reset();
    }

    /// <summary>Each role has its group (code = the role's name). Idempotent; an administrator's renaming stays.</summary>
    public async Task SeedRoleGroupsAsync(CancellationToken ct)
    {
        var existing = (await groups.ListAsync(ct)).Select(g => g.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var role in RoleNames.All.Where(r => !existing.Contains(r)))
        {
            var (vi, en) = RoleGroupNames(role);
            groups.Add(new UserGroup(role, vi, en, role));
        }

        await unitOfWork.SaveChangesAsync(ct);
    }

    private static (string Vi, string En) RoleGroupNames(string role) => role switch
    {
        RoleNames.Admin => ("Quản trị hệ thống", "Administrators"),
        RoleNames.Officer => ("Chuyên viên", "Officers"),
        RoleNames.Approver => ("Người phê duyệt", "Approvers"),
        RoleNames.Leader => ("Lãnh đạo", "Leaders"),
        RoleNames.Agency => ("Cơ quan được hỏi ý kiến", "Consulted agencies"),
        RoleNames.Owner => ("Chủ dự án", "Project owners"),
        RoleNames.Viewer => ("Người xem", "Viewers"),
        _ => (role, role),
    };

    private async Task CheckMembersAsync(IReadOnlyList<Guid>? memberIds, CancellationToken ct)
    {
        if (memberIds is not { Count: > 0 })
        {
            return;
        }

        var index = await resolver.IndexAsync(ct);
        if (memberIds.FirstOrDefault(m => index.User(m) is null) is var missing && missing != Guid.Empty)
        {
            throw ValidationText.Invalid("memberIds", "identity.unknownUser", missing);
        }
    }

    private static object Snapshot(UserGroup g) => new { g.Code, g.NameVi, g.NameEn, g.RoleName, g.MemberIds };
}

public sealed class UserGroupInputValidator : AbstractValidator<UserGroupInput>
{
    public UserGroupInputValidator()
    {
        RuleFor(i => i.Code).NotEmpty().MaximumLength(GroupConsts.MaxCodeLength)
            .Must(c => c is null || !c.Any(ch => char.IsWhiteSpace(ch) || ch == ',')).WithMessageKey("identity.groupCode");
        RuleFor(i => i.NameVi).NotEmpty().MaximumLength(GroupConsts.MaxNameLength);
        RuleFor(i => i.NameEn).MaximumLength(GroupConsts.MaxNameLength);
        RuleFor(i => i.MemberIds).Must(m => m is null || m.Count <= GroupConsts.MaxMembers).WithMessageKey("identity.tooManyMembers", GroupConsts.MaxMembers);
    }
}
