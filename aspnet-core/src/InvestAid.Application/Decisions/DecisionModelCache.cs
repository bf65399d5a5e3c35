using System.Collections.Concurrent;
using InvestAid.Decisions.Dmn;
using InvestAid.Decisions.Forms;

namespace InvestAid.Decisions;

/// <summary>Parsed published files by key and version: a published version never changes, so it is parsed once per node.</summary>
public abstract class PublishedFileCache<T>(Func<string, string, T> parse)
{
    private readonly ConcurrentDictionary<(string Key, int Version), T> files = new();

    public T Get(string key, int version, string text) => files.GetOrAdd((key, version), _ => parse(key, text));
}

/// <summary>Parsed published DMN files.</summary>
public sealed class DecisionModelCache() : PublishedFileCache<DecisionModel>((_, xml) => DmnParser.Parse(xml));

/// <summary>Parsed published Camunda Forms (a form without id was stored under its file's name, its key).</summary>
public sealed class FormSchemaCache() : PublishedFileCache<FormSchema>((key, json) => FormSchema.Parse(json, key));
