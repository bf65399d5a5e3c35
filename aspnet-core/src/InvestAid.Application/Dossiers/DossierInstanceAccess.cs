using InvestAid.Common;
using InvestAid.Projects;
using InvestAid.Workflows;
using InvestAid.Workflows.Runtime;
using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Dossiers;

/// <summary>The instance's business key is its dossier's id: the dossier's rule (<see cref="DossierAccess.CanSee"/>) decides.</summary>
public sealed class DossierInstanceAccess(IDossierRepository dossiers, IProjectRepository projects, ICurrentUser user) : IWorkflowInstanceAccess
{
    public async Task<bool> CanSeeAsync(Actor actor, WorkflowInstance instance, CancellationToken cancellationToken = default)
    {
        if (Guid.TryParse(instance.BusinessKey, out var dossierId) && await dossiers.FindAsync(dossierId, cancellationToken) is { } dossier)
        {
            return await projects.FindAsync(dossier.ProjectId, cancellationToken) is { } project
                && DossierAccess.CanSee(actor, user.Id, project, instance);
        }
        return DossierAccess.IsStaff(actor) || DossierAccess.HoldsOrHeldTask(actor, instance);
    }
}
