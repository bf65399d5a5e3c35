using System.Collections.Concurrent;
using InvestAid.Decisions.Dmn;

namespace InvestAid.Decisions;

/// <summary>Parsed published DMN files by key and version: a published version never changes, so it is parsed once per node.</summary>
public sealed class DecisionModelCache
{
    private readonly ConcurrentDictionary<(string Key, int Version), DecisionModel> models = new();

    public DecisionModel Get(string key, int version, string xml) => models.GetOrAdd((key, version), _ => DmnParser.Parse(xml));
}
