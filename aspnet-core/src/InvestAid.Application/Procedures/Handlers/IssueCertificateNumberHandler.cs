using InvestAid.Common;
using InvestAid.Dossiers;
using InvestAid.Projects;
using InvestAid.Workflows.Runtime;

namespace InvestAid.Procedures.Handlers;

/// <summary>
/// <c>issue-certificate-number</c> (input <c>event</c> = NewRegistration | Adjustment): issues the IRC number and
/// writes the matching capital event to the project's ledger, from the dossier's variables — <c>capitalUsd</c>,
/// <c>capitalVnd</c> for a new registration (the project becomes Active), <c>capitalChangeUsd</c>,
/// <c>capitalChangeVnd</c> for an adjustment — effective on <c>decisionDate</c> (default today). Saved with the command.
/// </summary>
public sealed class IssueCertificateNumberHandler(
    IProjectRepository projects, IDossierRepository dossiers, ICertificateNumberStore numbers, TimeProvider clock) : IServiceTaskHandler
{
    public string Name => "issue-certificate-number";

    public async Task ExecuteAsync(ServiceTaskContext context)
    {
        var type = Enum.TryParse<CapitalEventType>(ProcedureVariables.Input(context, "event"), out var t) ? t : CapitalEventType.NewRegistration;
        var now = clock.GetUtcNow();
        var on = ProcedureVariables.Date(context, ProcedureVariables.DecisionDate) ?? VietnamTime.Today(clock);
        var project = await projects.FindAsync(ProcedureVariables.RequireGuid(context, ProcedureVariables.ProjectId), context.CancellationToken)
            ?? throw new NotFoundException("dự án", context.GetVariable(ProcedureVariables.ProjectId)!);
        var number = await numbers.NextAsync(context.CancellationToken);
        var (usd, vnd) = type == CapitalEventType.NewRegistration
            ? (ProcedureVariables.Decimal(context, "capitalUsd"), ProcedureVariables.Decimal(context, "capitalVnd"))
            : (ProcedureVariables.Decimal(context, "capitalChangeUsd"), ProcedureVariables.Decimal(context, "capitalChangeVnd"));
        project.RecordCapitalEvent(type, on, usd, vnd, number, $"Cấp theo hồ sơ {context.BusinessKey}", null, now, "workflow");
        context.SetVariable(ProcedureVariables.CertificateNumber, number);
        if (await dossiers.FindAsync(ProcedureVariables.RequireGuid(context, ProcedureVariables.DossierId), context.CancellationToken) is { } dossier)
        {
            dossier.Decide(true, number, on, now);
        }
    }
}
