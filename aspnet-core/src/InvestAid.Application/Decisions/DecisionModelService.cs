using FluentValidation;
using FluentValidation.Results;
using InvestAid.Common;
using InvestAid.Decisions.Dmn;
using InvestAid.Decisions.Feel;
using InvestAid.Workflows;

namespace InvestAid.Decisions;

/// <summary>
/// DMN files beside the BPMN models: upload a draft (parsed and validated first, nothing stored if refused), publish
/// it as an immutable version, download it, and evaluate a decision for testing.
/// </summary>
public sealed class DecisionModelService(IDecisionModelRepository repository, DecisionModelCache cache, TimeProvider clock)
{
    /// <exception cref="ValidationException">The file is not a DMN model the engine runs; each error names its element.</exception>
    public async Task<DecisionModelDto> UploadDraftAsync(string xml, CancellationToken cancellationToken)
    {
        var model = Parse(xml);
        var draft = new DecisionModelInfo(model.Id, 0, DecisionModelInfo.Draft, model.Name, [.. model.Decisions.Keys], clock.GetUtcNow(), null);
        return (await repository.AddDraftAsync(draft, xml, cancellationToken)).ToDto();
    }

    public async Task<IReadOnlyList<DecisionModelDto>> ListAsync(string? key, CancellationToken cancellationToken) =>
        [.. (await repository.ListAsync(key, cancellationToken)).Select(m => m.ToDto())];

    public async Task<string> GetXmlAsync(string key, int version, CancellationToken cancellationToken) =>
        await repository.FindXmlAsync(key, version, cancellationToken) ?? throw new NotFoundException("mô hình quyết định", $"{key} v{version}");

    /// <summary>Publishes the latest draft of the file; from then on that version never changes.</summary>
    public async Task<DecisionModelDto> PublishAsync(string key, CancellationToken cancellationToken)
    {
        var draft = DeployedFile.LatestDraft(await repository.ListAsync(key, cancellationToken), key, m => m.Status, m => m.Version);
        var now = clock.GetUtcNow();
        if (!await repository.PublishAsync(key, draft.Version, now, cancellationToken))
        {
            throw new ConcurrencyException(Guid.Empty, draft.Version);
        }

        return (draft with { Status = DecisionModelInfo.Published, PublishedAt = now }).ToDto();
    }

    /// <summary>Evaluates a published decision (latest or the given file version), or one of an unsaved file.</summary>
    /// <exception cref="DecisionEvaluationException">The decision gives no valid result (e.g. UNIQUE violated).</exception>
    public async Task<DecisionEvaluationDto> EvaluateAsync(string decisionKey, EvaluateDecisionRequest request, CancellationToken cancellationToken)
    {
        DecisionModel model;
        string? modelKey = null;
        int? version = null;
        if (request.Xml is { Length: > 0 } xml)
        {
            model = Parse(xml);
        }
        else
        {
            var found = await repository.FindPublishedAsync(decisionKey, request.Version, null, cancellationToken)
                ?? throw new NotFoundException("quyết định", request.Version is { } v ? $"{decisionKey} v{v}" : decisionKey);
            model = cache.Get(found.Model.Key, found.Model.Version, found.Xml);
            (modelKey, version) = (found.Model.Key, found.Model.Version);
        }

        if (!model.Decisions.ContainsKey(decisionKey))
        {
            throw new NotFoundException("quyết định", decisionKey);
        }

        DecisionResult result;
        try
        {
            result = DecisionEvaluator.Evaluate(model, decisionKey, request.Variables ?? []);
        }
        catch (FeelException e)
        {
            throw new ValidationException([new ValidationFailure("variables", e.Message)]);
        }

        return new DecisionEvaluationDto(decisionKey, modelKey, version, result.RowsJson(), result.ToJson()["evaluated"]!.AsArray().DeepClone().AsArray());
    }

    private static DecisionModel Parse(string xml)
    {
        try
        {
            return DmnParser.Parse(xml);
        }
        catch (DmnValidationException e)
        {
            throw new ValidationException(e.Errors.Select(error =>
                new ValidationFailure(error.ElementId ?? $"line {error.Line}", (error.Line > 0 ? $"line {error.Line}: " : "") + error.Message)));
        }
    }
}
