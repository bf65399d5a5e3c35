using System.Security.Claims;
using InvestAid.Workflows.Runtime;

namespace InvestAid.Workflows;

/// <summary>The signed-in user as the engine sees them: the user name, and their roles (plus <c>agency:&lt;code&gt;</c>) as groups.</summary>
public static class WorkflowActor
{
    public static Actor From(ClaimsPrincipal user) => new(
        user.Identity?.Name ?? throw new InvalidOperationException("The user has no name."),
        (IReadOnlyCollection<string>)[.. user.FindAll(ClaimTypes.Role).Select(c => c.Value)
            .Concat(user.FindAll(Dossiers.AgencyClaims.ClaimType).Select(c => Dossiers.AgencyClaims.GroupOf(c.Value))).Distinct()]);
}
