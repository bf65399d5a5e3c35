using InvestAid.Common;
using InvestAid.Dossiers;
using InvestAid.Workflows.Runtime;

namespace InvestAid.Procedures.Handlers;

/// <summary><c>dossier.decide</c> (input <c>approved</c> = true | false): records a decision on the dossier only (the project keeps its status).</summary>
public sealed class DossierDecisionHandler(IDossierRepository dossiers, TimeProvider clock) : IServiceTaskHandler
{
    public string Name => "dossier.decide";

    public async Task ExecuteAsync(ServiceTaskContext context)
    {
        var approved = string.Equals(ProcedureVariables.Input(context, "approved"), "true", StringComparison.OrdinalIgnoreCase);
        var dossier = await dossiers.FindAsync(ProcedureVariables.RequireGuid(context, ProcedureVariables.DossierId), context.CancellationToken)
            ?? throw new NotFoundException("hồ sơ", context.GetVariable(ProcedureVariables.DossierId)!);
        dossier.Decide(approved, ProcedureVariables.Text(context, ProcedureVariables.DecisionNumber),
            ProcedureVariables.Date(context, ProcedureVariables.DecisionDate) ?? VietnamTime.Today(clock), clock.GetUtcNow());
    }
}
