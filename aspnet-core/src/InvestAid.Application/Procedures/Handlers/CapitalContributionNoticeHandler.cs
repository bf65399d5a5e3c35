using InvestAid.CapitalContributions;
using InvestAid.Common;
using InvestAid.Dossiers;
using InvestAid.Workflows.Runtime;

namespace InvestAid.Procedures.Handlers;

/// <summary>
/// <c>capital-contribution.record</c>: writes the notice of a foreign investor's capital contribution / share purchase
/// from the dossier's variables (<c>investorName</c>, <c>countryCode</c>, <c>targetEnterprise</c>, <c>targetTaxCode</c>,
/// <c>valueUsd</c>, <c>valueVnd</c>), dated <c>decisionDate</c> (default today), linked to the dossier's project (so its owner and
/// the agencies consulted on the dossier see it). Saved with the command.
/// </summary>
public sealed class CapitalContributionNoticeHandler(
    ICapitalContributionRepository contributions, IDossierRepository dossiers, TimeProvider clock) : IServiceTaskHandler
{
    public string Name => "capital-contribution.record";

    public async Task ExecuteAsync(ServiceTaskContext context)
    {
        var now = clock.GetUtcNow();
        var on = ProcedureVariables.Date(context, ProcedureVariables.DecisionDate) ?? VietnamTime.Today(clock);
        var valueVnd = ProcedureVariables.Decimal(context, "valueVnd");
        var dossier = await dossiers.FindAsync(ProcedureVariables.RequireGuid(context, ProcedureVariables.DossierId), context.CancellationToken);
        var notice = new CapitalContribution(new CapitalContributionData(
            ProcedureVariables.Text(context, "investorName") ?? throw new InvalidOperationException("investorName is missing."),
            ProcedureVariables.Text(context, "countryCode") ?? "",
            ProcedureVariables.Text(context, "targetEnterprise") ?? throw new InvalidOperationException("targetEnterprise is missing."),
            ProcedureVariables.Text(context, "targetTaxCode"),
            ProcedureVariables.Decimal(context, "valueUsd"),
            valueVnd == 0 ? null : valueVnd,
            on, null, null, null, $"Đăng ký góp vốn theo hồ sơ {context.BusinessKey}", dossier?.ProjectId), now);
        contributions.Add(notice);
        context.SetVariable("contributionId", notice.Id.ToString());
        dossier?.Decide(true, null, on, now);
    }
}
