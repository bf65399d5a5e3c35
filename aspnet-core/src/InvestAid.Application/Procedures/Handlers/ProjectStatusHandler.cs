using InvestAid.Common;
using InvestAid.Dossiers;
using InvestAid.Projects;
using InvestAid.Workflows.Runtime;

namespace InvestAid.Procedures.Handlers;

/// <summary>
/// <c>project.setStatus</c> (input <c>status</c> = Approved | Rejected): records the decision on the project
/// and the dossier, with the decision number and date the leader entered (variables <c>decisionNumber</c>,
/// <c>decisionDate</c>). Changes are saved with the workflow command.
/// </summary>
public sealed class ProjectStatusHandler(IProjectRepository projects, IDossierRepository dossiers, TimeProvider clock) : IServiceTaskHandler
{
    public string Name => "project.setStatus";

    public async Task ExecuteAsync(ServiceTaskContext context)
    {
        var approved = ProcedureVariables.Input(context, "status") switch
        {
            nameof(ProjectStatus.Approved) => true,
            nameof(ProjectStatus.Rejected) => false,
            var other => throw new InvalidOperationException($"project.setStatus: status '{other}' is not Approved or Rejected."),
        };
        var now = clock.GetUtcNow();
        var on = ProcedureVariables.Date(context, ProcedureVariables.DecisionDate) ?? VietnamTime.Today(clock);
        var number = ProcedureVariables.Text(context, ProcedureVariables.DecisionNumber);
        var project = await projects.FindAsync(ProcedureVariables.RequireGuid(context, ProcedureVariables.ProjectId), context.CancellationToken)
            ?? throw new NotFoundException("dự án", context.GetVariable(ProcedureVariables.ProjectId)!);
        project.RecordDecision(approved, number, on, now);
        if (await dossiers.FindAsync(ProcedureVariables.RequireGuid(context, ProcedureVariables.DossierId), context.CancellationToken) is { } dossier)
        {
            dossier.Decide(approved, number, on, now);
        }
    }
}
