namespace InvestAid.ReferenceData;

/// <summary>The active codes of some reference lists, loaded once per request or import, for validation.</summary>
public sealed class ReferenceCodeSet(IReadOnlyDictionary<ReferenceKind, HashSet<string>> codes)
{
    public static readonly ReferenceCodeSet Empty = new(new Dictionary<ReferenceKind, HashSet<string>>());

    public bool Contains(ReferenceKind kind, string? code) =>
        code is not null && codes.TryGetValue(kind, out var set) && set.Contains(code);

    public bool ContainsAny(string? code, params ReferenceKind[] kinds) => kinds.Any(k => Contains(k, code));
}
