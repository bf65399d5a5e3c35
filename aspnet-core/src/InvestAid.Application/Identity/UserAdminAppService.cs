using System.Security.Claims;
using FluentValidation;
using FluentValidation.Results;
using InvestAid.Common;
using InvestAid.Dossiers;
using InvestAid.Text;
using Microsoft.AspNetCore.Identity;

namespace InvestAid.Identity;

/// <summary>
/// Users and roles administration: list, create, change name/roles/agency, disable, reset the password, link owned
/// projects. Every change of what a user may do renews the security stamp, so the user's open sessions end.
/// </summary>
public sealed class UserAdminAppService(
    UserManager<AppUser> users,
    IUserDirectory projects,
    IUnitOfWork unitOfWork,
    TimeProvider clock)
{
    public async Task<PagedResult<UserAdminDto>> ListAsync(string? q, int? page, int? pageSize, CancellationToken ct)
    {
        var p = page ?? 1;
        var size = pageSize ?? 20;
        if (p < 1 || size is < 1 or > 200)
        {
            throw new ValidationException([new ValidationFailure("pageSize", Localized.Pick("Trang từ 1; số dòng mỗi trang từ 1 đến 200.", "Page from 1; 1 to 200 rows a page."))]);
        }
        var (page1, total) = await projects.SearchAsync(q, (p - 1) * size, size, ct);
        var owned = await projects.OwnedAsync(page1.Select(u => u.Id).ToList(), ct);
        var items = new List<UserAdminDto>(page1.Count);
        foreach (var user in page1)
        {
            items.Add(await ToDtoAsync(user, owned));
        }
        return new PagedResult<UserAdminDto>(items, total, p, size);
    }

    public async Task<UserAdminDto> GetAsync(Guid id, CancellationToken ct)
    {
        var user = await FindAsync(id);
        return await ToDtoAsync(user, await projects.OwnedAsync([id], ct));
    }

    public async Task<UserAdminDto> CreateAsync(UserCreateInput input, CancellationToken ct)
    {
        await new UserCreateInputValidator().ValidateAndThrowAsync(input, ct);
        if (await users.FindByEmailAsync(input.Email) is not null)
        {
            throw Invalid("email", Localized.Pick("Đã có tài khoản với email này.", "An account with this e-mail already exists."));
        }
        var user = new AppUser(input.Email.Trim(), input.DisplayName.Trim()) { EmailConfirmed = true, LockoutEnabled = true };
        Check(await users.CreateAsync(user, input.Password), "password");
        Check(await users.AddToRolesAsync(user, input.Roles.Distinct()), "roles");
        await SetAgencyAsync(user, input.AgencyCode);
        return await GetAsync(user.Id, ct);
    }

    public async Task<UserAdminDto> UpdateAsync(Guid id, UserUpdateInput input, Guid actingUserId, CancellationToken ct)
    {
        await new UserUpdateInputValidator().ValidateAndThrowAsync(input, ct);
        var user = await FindAsync(id);
        if (id == actingUserId && (input.Disabled || !input.Roles.Contains(RoleNames.Admin)))
        {
            throw Invalid("roles", Localized.Pick("Không thể tự khoá hay tự bỏ quyền quản trị của chính mình.", "You cannot disable yourself or remove your own administrator role."));
        }
        user.DisplayName = input.DisplayName.Trim();
        Check(await users.UpdateAsync(user), "displayName");
        var current = await users.GetRolesAsync(user);
        var wanted = input.Roles.Distinct().ToList();
        Check(await users.RemoveFromRolesAsync(user, current.Except(wanted)), "roles");
        Check(await users.AddToRolesAsync(user, wanted.Except(current)), "roles");
        await SetAgencyAsync(user, input.AgencyCode);
        Check(await users.SetLockoutEndDateAsync(user, input.Disabled ? DateTimeOffset.MaxValue : null), "disabled");
        // Roles, agency or the right to sign in changed: the user's sessions must not keep the old rights.
        Check(await users.UpdateSecurityStampAsync(user), "user");
        return await GetAsync(id, ct);
    }

    public async Task ResetPasswordAsync(Guid id, PasswordResetInput input)
    {
        await new PasswordResetInputValidator().ValidateAndThrowAsync(input);
        var user = await FindAsync(id);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        Check(await users.ResetPasswordAsync(user, token, input.Password), "password");
        Check(await users.UpdateSecurityStampAsync(user), "user");
    }

    public async Task<UserAdminDto> LinkProjectsAsync(Guid id, UserProjectsInput input, CancellationToken ct)
    {
        var user = await FindAsync(id);
        var wanted = input.ProjectIds.Distinct().ToList();
        var tracked = await projects.ForRelinkAsync(id, wanted, ct);
        var missing = wanted.Except(tracked.Select(p => p.Id)).ToList();
        if (missing.Count > 0)
        {
            throw Invalid("projectIds", Localized.Pick($"Không có dự án {missing[0]}.", $"There is no project {missing[0]}."));
        }
        var now = clock.GetUtcNow();
        foreach (var project in tracked)
        {
            var keep = wanted.Contains(project.Id);
            if (keep && project.OwnerUserId != id) project.AssignOwner(id, now);
            else if (!keep && project.OwnerUserId == id) project.AssignOwner(null, now);
        }
        await unitOfWork.SaveChangesAsync(ct);
        Check(await users.UpdateSecurityStampAsync(user), "user");
        return await GetAsync(id, ct);
    }

    private async Task SetAgencyAsync(AppUser user, string? agencyCode)
    {
        var existing = (await users.GetClaimsAsync(user)).Where(c => c.Type == AgencyClaims.ClaimType).ToList();
        var code = string.IsNullOrWhiteSpace(agencyCode) ? null : agencyCode.Trim();
        if (existing.Count == 1 && existing[0].Value == code) return;
        if (existing.Count > 0) Check(await users.RemoveClaimsAsync(user, existing), "agencyCode");
        if (code is not null) Check(await users.AddClaimAsync(user, new Claim(AgencyClaims.ClaimType, code)), "agencyCode");
    }

    private async Task<AppUser> FindAsync(Guid id) =>
        await users.FindByIdAsync(id.ToString()) ?? throw new NotFoundException(Localized.Pick("người dùng", "user"), id);

    private async Task<UserAdminDto> ToDtoAsync(AppUser user, ILookup<Guid, (Guid Id, string Code, string NameVi, string? NameEn)> owned)
    {
        var roles = (await users.GetRolesAsync(user)).OrderBy(r => RoleNames.Assignable.ToList().IndexOf(r)).ToList();
        var agency = (await users.GetClaimsAsync(user)).FirstOrDefault(c => c.Type == AgencyClaims.ClaimType)?.Value;
        var disabled = user.LockoutEnd is { } end && end > clock.GetUtcNow().AddYears(100);
        return user.ToDto(user.Email ?? "", roles, agency, disabled, owned[user.Id].Select(IdentityMapper.ToOwnedProjectDto).ToList());
    }

    private static ValidationException Invalid(string field, string message) => new([new ValidationFailure(field, message)]);

    private static void Check(IdentityResult result, string field)
    {
        if (!result.Succeeded)
        {
            throw new ValidationException(result.Errors.Select(e => new ValidationFailure(field, IdentityText.Describe(e))).ToList());
        }
    }
}
