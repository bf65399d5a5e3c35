using InvestAid.Workflows.Runtime;
using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Workflows;

/// <summary>
/// Who may see a workflow instance (docs/security.md): the instance takes its dossier's scope; an instance of no dossier is
/// seen by department staff (who start and run such instances) and by users who hold or held one of its tasks.
/// </summary>
public interface IWorkflowInstanceAccess
{
    Task<bool> CanSeeAsync(Actor actor, WorkflowInstance instance, CancellationToken cancellationToken = default);
}
