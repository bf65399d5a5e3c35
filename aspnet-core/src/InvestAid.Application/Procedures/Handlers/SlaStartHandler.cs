using InvestAid.Common;
using InvestAid.Workflows.Calendar;
using InvestAid.Workflows.Runtime;

namespace InvestAid.Procedures.Handlers;

/// <summary>
/// <c>sla.start</c>: starts the dossier's time limit (inputs <c>limit</c>, <c>unit</c> = CalendarDays | WorkingDays)
/// on the day the dossier is complete; a dossier returned and checked again keeps its first start. The limit may be a legal
/// parameter's duration (<c>${legal.ircIssuePeriod}</c> = P10D or P10WD, unit included); the input <c>parameter</c> names it.
/// </summary>
public sealed class SlaStartHandler(TimeProvider clock) : IServiceTaskHandler
{
    public string Name => "sla.start";

    public Task ExecuteAsync(ServiceTaskContext context)
    {
        var given = ProcedureVariables.Input(context, "limit");
        var limit = int.TryParse(given, out var n) ? n : 0;
        var unit = Enum.TryParse<TimeLimitUnit>(ProcedureVariables.Input(context, "unit"), out var u) ? u : TimeLimitUnit.CalendarDays;
        if (Legal.LegalValues.ParseDuration(given) is { } duration)
        {
            (limit, unit) = duration;
        }
        var on = ProcedureVariables.Date(context, ProcedureVariables.DossierCompleteOn) ?? VietnamTime.Today(clock);
        var sla = ProcedureSla.Read(context.GetVariable(ProcedureVariables.Sla)).Start(on, limit, unit, ProcedureVariables.Input(context, "parameter"));
        context.SetVariable(ProcedureVariables.Sla, sla.Write());
        return Task.CompletedTask;
    }
}
