using InvestAid.Decisions.Dmn;
using InvestAid.Workflows;
using InvestAid.Workflows.Bpmn;
using InvestAid.Workflows.Runtime;

namespace InvestAid.Decisions;

/// <summary>
/// Business rule tasks' decisions: the published DMN file chosen by the task's binding, evaluated over the
/// instance variables; the record (file key and version, inputs, matched rules, outputs) goes to the history.
/// </summary>
public sealed class DmnDecisionEvaluator(IDecisionModelRepository repository, IWorkflowDefinitionRepository processes, DecisionModelCache cache) : IDecisionEvaluator
{
    public async Task<DecisionOutcome> EvaluateAsync(DecisionRequest request, CancellationToken cancellationToken)
    {
        var publishedBy = await DeployedFile.PublishedByAsync(processes, request.Binding, request.ProcessKey, request.ProcessVersion, cancellationToken);

        var found = await repository.FindPublishedAsync(request.DecisionKey, request.Binding == DecisionBinding.Version ? request.Version : null, publishedBy, cancellationToken)
            ?? (publishedBy is null ? null : await repository.FindPublishedAsync(request.DecisionKey, null, null, cancellationToken))
            ?? throw new DecisionTaskException(request.ElementId, request.Binding == DecisionBinding.Version
                ? $"the decision '{request.DecisionKey}' version {request.Version} is not published."
                : $"the decision '{request.DecisionKey}' is not published.");
        var model = cache.Get(found.Model.Key, found.Model.Version, found.Xml);
        try
        {
            var result = DecisionEvaluator.Evaluate(model, request.DecisionKey, request.Variables);
            var record = result.ToJson();
            record["modelKey"] = found.Model.Key;
            record["version"] = found.Model.Version;
            return new DecisionOutcome([.. result.Rows.Select(DecisionResult.Row)], record);
        }
        catch (DecisionEvaluationException e)
        {
            throw new DecisionTaskException(request.ElementId, e.Message, e);
        }
    }
}
