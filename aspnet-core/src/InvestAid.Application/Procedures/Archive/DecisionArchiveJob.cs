using System.Globalization;
using System.Text.Json;
using InvestAid.Notifications;
using InvestAid.Workflows;
using Microsoft.Extensions.Logging;

namespace InvestAid.Procedures.Archive;

/// <summary>
/// Hands each approved decision to the electronic archive: starts the shipped procedure <c>decision-archive</c> once per dossier
/// (business key = the dossier's id, as for the dossier's own procedure), whose external task <c>decision-archive</c> an archive
/// worker takes (<c>tools/archive-worker</c>). The dossiers are the outbox: a decision recorded in a procedure's transaction is
/// found by the next run; a second run finds the instance and starts nothing again (the host runs one run at a time).
/// </summary>
public sealed class DecisionArchiveJob(
    IDecisionArchiveQueries queries, WorkflowDefinitionService definitions, WorkflowAppService workflows, ILogger<DecisionArchiveJob> logger)
{
    public const string ProcedureKey = "decision-archive";
    public const string Topic = "decision-archive";

    /// <summary>Decisions handed per run; the next run (every minute by default) takes the rest.</summary>
    public const int Batch = 200;

    /// <returns>How many archive procedures the run started.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (!(await definitions.ListAsync(ProcedureKey, cancellationToken)).Any(d => d.Status == WorkflowDefinitionStatus.Published))
        {
            return 0;
        }

        var started = 0;
        foreach (var decision in await queries.UnarchivedAsync(ProcedureKey, Batch, cancellationToken))
        {
            var variables = new Dictionary<string, JsonElement>
            {
                [ProcedureVariables.DossierId] = JsonSerializer.SerializeToElement(decision.DossierId.ToString()),
                [ProcedureVariables.ProjectId] = JsonSerializer.SerializeToElement(decision.ProjectId.ToString()),
                ["projectName"] = JsonSerializer.SerializeToElement(decision.ProjectName),
                ["decidedBy"] = JsonSerializer.SerializeToElement(decision.ProcedureKey),
                [ProcedureVariables.DecisionNumber] = JsonSerializer.SerializeToElement(decision.DecisionNumber),
                [ProcedureVariables.DecisionDate] = JsonSerializer.SerializeToElement(
                    decision.DecisionDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            };
            await workflows.StartAsync(new StartInstanceRequest(ProcedureKey, decision.DossierId.ToString(), variables), cancellationToken);
            started++;
        }

        if (started > 0)
        {
            logger.LogInformation("Handed {Count} approved decisions to the archive", started);
        }
        return started;
    }
}
