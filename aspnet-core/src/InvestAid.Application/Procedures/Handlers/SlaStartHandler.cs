using InvestAid.Common;
using InvestAid.Workflows.Calendar;
using InvestAid.Workflows.Runtime;

namespace InvestAid.Procedures.Handlers;

/// <summary>
/// <c>sla.start</c>: starts the dossier's time limit (inputs <c>limit</c>, <c>unit</c> = CalendarDays | WorkingDays)
/// on the day the dossier is complete; a dossier returned and checked again keeps its first start.
/// </summary>
public sealed class SlaStartHandler(TimeProvider clock) : IServiceTaskHandler
{
    public string Name => "sla.start";

    public Task ExecuteAsync(ServiceTaskContext context)
    {
        var limit = int.TryParse(ProcedureVariables.Input(context, "limit"), out var n) ? n : 0;
        var unit = Enum.TryParse<TimeLimitUnit>(ProcedureVariables.Input(context, "unit"), out var u) ? u : TimeLimitUnit.CalendarDays;
        var on = ProcedureVariables.Date(context, ProcedureVariables.DossierCompleteOn) ?? VietnamTime.Today(clock);
        var sla = ProcedureSla.Read(context.GetVariable(ProcedureVariables.Sla)).Start(on, limit, unit);
        context.SetVariable(ProcedureVariables.Sla, sla.Write());
        return Task.CompletedTask;
    }
}
