using InvestAid.Identity;
using Microsoft.AspNetCore.Authorization;

namespace InvestAid.Hosting;

/// <summary>Each permission of <see cref="Permissions"/> becomes a policy granted to the roles listed here.</summary>
public static class AuthorizationPolicies
{
    private static readonly Dictionary<string, string[]> RolesByPermission = new()
    {
        [Permissions.Account.Default] = [.. RoleNames.All],
        [Permissions.Projects.Default] = [.. RoleNames.All],
        [Permissions.Projects.Create] = [RoleNames.Admin, RoleNames.Officer],
        [Permissions.Projects.Edit] = [RoleNames.Admin, RoleNames.Officer, RoleNames.Owner],
        [Permissions.Workflows.Default] = [.. RoleNames.All],
        [Permissions.Workflows.ManageDefinitions] = [RoleNames.Admin, RoleNames.Officer],
        [Permissions.Workflows.StartInstances] = [RoleNames.Admin, RoleNames.Officer],
        [Permissions.Workflows.Calendar] = [RoleNames.Admin],
        [Permissions.Workflows.ExternalTasks] = [RoleNames.Admin, RoleNames.Worker],
        [Permissions.Finance.Default] = [.. RoleNames.All],
        [Permissions.Finance.Edit] = [RoleNames.Admin, RoleNames.Officer, RoleNames.Owner],
        [Permissions.Finance.ExchangeRates] = [RoleNames.Admin, RoleNames.Officer],
        [Permissions.Notifications.Default] = [.. RoleNames.All],
        [Permissions.Dossiers.Default] = [.. RoleNames.All],
        [Permissions.Dossiers.Create] = [RoleNames.Admin, RoleNames.Officer],
        [Permissions.Reports.Default] = [.. RoleNames.All],
        [Permissions.Reports.Publish] = [RoleNames.Admin, RoleNames.Officer],
        // Owners and agencies see figures over their own projects only (docs/security.md); these cannot be narrowed to projects.
        [Permissions.Reports.Province] = [RoleNames.Admin, RoleNames.Officer, RoleNames.Approver, RoleNames.Leader, RoleNames.Viewer],
        [Permissions.Administration.Default] = [RoleNames.Admin],
        [Permissions.Proposals.Default] = [.. RoleNames.All],
        [Permissions.Proposals.Propose] = [RoleNames.Admin, RoleNames.Officer, RoleNames.Owner, RoleNames.Agency],
        [Permissions.Proposals.Decide] = [RoleNames.Admin, RoleNames.Officer],
        [Permissions.Freezes.Default] = [.. RoleNames.All],
        [Permissions.Freezes.Declare] = [RoleNames.Admin],
        [Permissions.Freezes.GrantException] = [RoleNames.Leader],
        [Permissions.EnterpriseReports.Default] = [.. RoleNames.All],
        [Permissions.EnterpriseReports.File] = [RoleNames.Admin, RoleNames.Officer, RoleNames.Owner],
        [Permissions.EnterpriseReports.Decide] = [RoleNames.Admin, RoleNames.Officer],
        [Permissions.Administration.Jobs] = [RoleNames.Admin],
    };

    /// <summary>The permissions whose policy the given roles pass, in name order (what <c>/api/account/me</c> tells the web app).</summary>
    public static IReadOnlyList<string> GrantedTo(IEnumerable<string> roles)
    {
        var held = roles.ToHashSet(StringComparer.Ordinal);
        return [.. RolesByPermission.Where(p => p.Value.Any(held.Contains)).Select(p => p.Key).Order(StringComparer.Ordinal)];
    }

    public static AuthorizationBuilder AddInvestAidPolicies(this AuthorizationBuilder builder)
    {
        foreach (var (permission, roles) in RolesByPermission)
        {
            builder.AddPolicy(permission, p => p.RequireAuthenticatedUser().RequireRole(roles));
        }
        // Nothing is public unless an endpoint says AllowAnonymous.
        builder.SetFallbackPolicy(null);
        builder.SetDefaultPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return builder;
    }
}
