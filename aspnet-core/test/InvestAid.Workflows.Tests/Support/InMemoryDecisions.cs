using InvestAid.Decisions.Dmn;
using InvestAid.Workflows.Bpmn;
using InvestAid.Workflows.Runtime;

namespace InvestAid.Workflows.Support;

/// <summary>DMN files by version in memory, evaluated with the real decision engine.</summary>
public sealed class InMemoryDecisions : IDecisionEvaluator
{
    private readonly List<DecisionModel> versions = [];

    public List<DecisionRequest> Requests { get; } = [];

    public int Deploy(string dmn)
    {
        versions.Add(DmnParser.Parse(dmn));
        return versions.Count;
    }

    public Task<DecisionOutcome> EvaluateAsync(DecisionRequest request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        var candidates = versions.Select((m, i) => (Model: m, Version: i + 1)).Where(v => v.Model.Decisions.ContainsKey(request.DecisionKey)).ToList();
        var chosen = request.Binding == DecisionBinding.Version ? candidates.FirstOrDefault(c => c.Version == request.Version) : candidates.LastOrDefault();
        if (chosen.Model is null)
        {
            throw new DecisionTaskException(request.ElementId, $"the decision '{request.DecisionKey}' is not deployed.");
        }

        try
        {
            var result = DecisionEvaluator.Evaluate(chosen.Model, request.DecisionKey, request.Variables);
            var record = result.ToJson();
            record["version"] = chosen.Version;
            return Task.FromResult(new DecisionOutcome([.. result.Rows.Select(DecisionResult.Row)], record));
        }
        catch (DecisionEvaluationException e)
        {
            throw new DecisionTaskException(request.ElementId, e.Message, e);
        }
    }
}
