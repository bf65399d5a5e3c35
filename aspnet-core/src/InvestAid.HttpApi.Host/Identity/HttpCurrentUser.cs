using System.Security.Claims;
using InvestAid.Common;

namespace InvestAid.Identity;

/// <summary>The signed-in user of the current request.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public Guid? Id => Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string? Name => Principal?.FindFirstValue(ClaimTypes.Email) ?? Principal?.Identity?.Name;

    public bool IsInRole(string role) => Principal?.IsInRole(role) == true;

    public IReadOnlyCollection<string> AgencyGroups =>
        Principal is { } p ? [.. p.FindAll(Dossiers.AgencyClaims.ClaimType).Select(c => Dossiers.AgencyClaims.GroupOf(c.Value))] : [];
}
