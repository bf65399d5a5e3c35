using InvestAid.Common;
using InvestAid.Projects;
using InvestAid.Workflows;

namespace InvestAid.Dossiers;

/// <summary>The instance's business key is a dossier; its project's owner account is the one owner who may act.</summary>
public sealed class DossierOwnerTaskGuard(IDossierRepository dossiers, IProjectRepository projects, ICurrentUser user) : IOwnerTaskGuard
{
    public async Task<bool> IsOwnerOfAsync(string? businessKey, CancellationToken cancellationToken = default)
    {
        if (user.Id is not { } me || !Guid.TryParse(businessKey, out var dossierId)
            || await dossiers.FindAsync(dossierId, cancellationToken) is not { } dossier)
        {
            return false;
        }
        return (await projects.FindAsync(dossier.ProjectId, cancellationToken))?.OwnerUserId == me;
    }
}
