using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace InvestAid.Identity;

/// <summary>Creates the roles of DESIGN.md section 9 and, for demo data, the demo sign-ins. Idempotent.</summary>
public sealed class IdentitySeeder(
    RoleManager<AppRole> roles,
    UserManager<AppUser> users,
    ILogger<IdentitySeeder> logger)
{
    public async Task SeedRolesAsync()
    {
        foreach (var name in RoleNames.Assignable)
        {
            if (await roles.FindByNameAsync(name) is null)
            {
                Check(await roles.CreateAsync(new AppRole(name)), $"role {name}");
            }
        }
    }

    public async Task SeedDemoUsersAsync(string password)
    {
        foreach (var demo in DemoUsers.All)
        {
            var user = await users.FindByEmailAsync(demo.Email);
            if (user is null)
            {
                user = new AppUser(demo.Email, demo.DisplayName) { EmailConfirmed = true, LockoutEnabled = true };
                Check(await users.CreateAsync(user, password), $"user {demo.Email}");
                logger.LogInformation("Created demo user {Email}", demo.Email);
            }
            if (!await users.IsInRoleAsync(user, demo.Role))
            {
                Check(await users.AddToRoleAsync(user, demo.Role), $"role of {demo.Email}");
            }
            if (demo.AgencyCode is { } agency)
            {
                // One agency per agency user, an Agency reference code; an older claim (a pre-reference code) is replaced.
                var claim = new System.Security.Claims.Claim(Dossiers.AgencyClaims.ClaimType, agency);
                var existing = (await users.GetClaimsAsync(user)).Where(c => c.Type == Dossiers.AgencyClaims.ClaimType).ToList();
                if (existing.Count == 0)
                {
                    Check(await users.AddClaimAsync(user, claim), $"agency of {demo.Email}");
                }
                else if (existing.Count > 1 || existing[0].Value != agency)
                {
                    Check(await users.RemoveClaimsAsync(user, existing), $"old agency of {demo.Email}");
                    Check(await users.AddClaimAsync(user, claim), $"agency of {demo.Email}");
                }
            }
        }
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Seeding {what} failed: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
