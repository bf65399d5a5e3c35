using InvestAid.Common;
using InvestAid.Workflows.Runtime;

namespace InvestAid.Procedures.Handlers;

/// <summary><c>sla.pause</c>: the dossier goes back to the applicant for supplementation; the clock stops.</summary>
public sealed class SlaPauseHandler(TimeProvider clock) : IServiceTaskHandler
{
    public string Name => "sla.pause";

    public Task ExecuteAsync(ServiceTaskContext context)
    {
        var on = ProcedureVariables.Date(context, ProcedureVariables.SupplementRequestedOn) ?? VietnamTime.Today(clock);
        var sla = ProcedureSla.Read(context.GetVariable(ProcedureVariables.Sla)).Pause(on);
        context.SetVariable(ProcedureVariables.Sla, sla.Write());
        return Task.CompletedTask;
    }
}
