using InvestAid.Decisions;
using InvestAid.Workflows;
using Microsoft.Extensions.Logging;

namespace InvestAid.Procedures;

/// <summary>
/// Publishes the shipped procedure versions. Idempotent: a file whose exact XML is already a version of its
/// key is skipped, so running the migrator again adds nothing; an edited file becomes a new version.
/// </summary>
public sealed class ProcedureSeeder(
    IWorkflowDefinitionRepository repository, WorkflowDefinitionService definitions, ILogger<ProcedureSeeder> logger,
    IDecisionModelRepository? decisionRepository = null, DecisionModelService? decisions = null,
    Decisions.Forms.IFormDefinitionRepository? formRepository = null, Decisions.Forms.FormDefinitionService? forms = null)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        // The decision tables first: the procedures' business rule tasks evaluate them.
        await SeedDecisionsAsync(cancellationToken);
        // The forms too: publishing a procedure refuses a form reference that finds no published form.
        await SeedFormsAsync(cancellationToken);
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

    /// <summary>The shipped DMN files (Procedures/Decisions), published the same way: an unchanged file is skipped.</summary>
    private async Task SeedDecisionsAsync(CancellationToken cancellationToken)
    {
        if (decisionRepository is null || decisions is null)
        {
            return;
        }

        var assembly = typeof(ProcedureSeeder).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("InvestAid.Procedures.Decisions.", StringComparison.Ordinal) && n.EndsWith(".dmn", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            var xml = await reader.ReadToEndAsync(cancellationToken);
            var key = InvestAid.Decisions.Dmn.DmnParser.Parse(xml).Id;
            var known = false;
            foreach (var version in await decisionRepository.ListAsync(key, cancellationToken))
            {
                known |= await decisionRepository.FindXmlAsync(version.Key, version.Version, cancellationToken) == xml;
            }

            if (known)
            {
                continue;
            }

            await decisions.UploadDraftAsync(xml, cancellationToken);
            var published = await decisions.PublishAsync(key, cancellationToken);
            logger.LogInformation("Published decisions {Key} v{Version} ({Resource})", published.Key, published.Version, name);
        }
    }

    /// <summary>The shipped Camunda Forms (Procedures/Forms), published the same way: an unchanged file is skipped.</summary>
    private async Task SeedFormsAsync(CancellationToken cancellationToken)
    {
        if (formRepository is null || forms is null)
        {
            return;
        }

        var assembly = typeof(ProcedureSeeder).Assembly;
        const string prefix = "InvestAid.Procedures.Forms.";
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".form", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            var json = await reader.ReadToEndAsync(cancellationToken);
            var key = Decisions.Forms.FormSchema.Parse(json).Id;
            var known = false;
            foreach (var version in await formRepository.ListAsync(key, cancellationToken))
            {
                known |= await formRepository.FindSchemaAsync(version.Key, version.Version, cancellationToken) == json;
            }

            if (known)
            {
                continue;
            }

            await forms.UploadDraftAsync(json, name[prefix.Length..], null, cancellationToken);
            var published = await forms.PublishAsync(key, cancellationToken);
            logger.LogInformation("Published form {Key} v{Version} ({Resource})", published.Key, published.Version, name);
        }
    }
}
