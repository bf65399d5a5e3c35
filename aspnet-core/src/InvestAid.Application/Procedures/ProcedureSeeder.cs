using InvestAid.Workflows;
using Microsoft.Extensions.Logging;

namespace InvestAid.Procedures;

/// <summary>
/// Publishes the shipped procedure versions. Idempotent: a file whose exact XML is already a version of its
/// key is skipped, so running the migrator again adds nothing; an edited file becomes a new version.
/// </summary>
public sealed class ProcedureSeeder(
    IWorkflowDefinitionRepository repository, WorkflowDefinitionService definitions, ILogger<ProcedureSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        foreach (var shipped in ShippedProcedure.All())
        {
            var known = false;
            foreach (var version in await repository.ListAsync(shipped.Key, cancellationToken))
            {
                if (await repository.FindXmlAsync(version.Key, version.Version, cancellationToken) == shipped.Xml)
                {
                    known = true;
                    break;
                }
            }
            if (known)
            {
                continue;
            }

            await definitions.UploadDraftAsync(shipped.Xml, shipped.LegalBasis, shipped.EffectiveFrom, shipped.EffectiveTo, cancellationToken);
            var published = await definitions.PublishAsync(shipped.Key, cancellationToken);
            logger.LogInformation("Published procedure {Key} v{Version} ({Resource})", published.Key, published.Version, shipped.ResourceName);
        }
    }
}
