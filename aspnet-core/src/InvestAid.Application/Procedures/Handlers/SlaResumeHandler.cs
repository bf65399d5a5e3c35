using InvestAid.Common;
using InvestAid.Workflows.Runtime;

namespace InvestAid.Procedures.Handlers;

/// <summary><c>sla.resume</c>: the applicant resubmitted; the clock runs again from the day after.</summary>
public sealed class SlaResumeHandler(TimeProvider clock) : IServiceTaskHandler
{
    public string Name => "sla.resume";

    public Task ExecuteAsync(ServiceTaskContext context)
    {
        var on = ProcedureVariables.Date(context, ProcedureVariables.ResubmittedOn) ?? VietnamTime.Today(clock);
        var sla = ProcedureSla.Read(context.GetVariable(ProcedureVariables.Sla)).Resume(on);
        context.SetVariable(ProcedureVariables.Sla, sla.Write());
        return Task.CompletedTask;
    }
}
