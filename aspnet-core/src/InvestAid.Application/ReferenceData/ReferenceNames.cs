using System.Text.Json.Nodes;

namespace InvestAid.ReferenceData;

/// <summary>
/// The names of the reference codes a set of stored values mentions (communes, industrial zones, sectors, DAC purposes, donors,
/// countries, currencies, receiving agencies, aid fields), looked up together in one query, so a reader sees "Xã Tân Hưng" where
/// the record holds "33026". A code the lists do not hold shows as it is.
/// </summary>
public sealed class ReferenceNames
{
    /// <summary>The field of a record (as the API writes it) → the reference lists its code may come from, in the order tried.</summary>
    private static readonly Dictionary<string, ReferenceKind[]> FieldKinds = new(StringComparer.Ordinal)
    {
        ["communeCode"] = [ReferenceKind.AdministrativeUnit],
        ["communeCodes"] = [ReferenceKind.AdministrativeUnit],
        ["industrialZoneCode"] = [ReferenceKind.IndustrialZone],
        ["sectorCode"] = [ReferenceKind.VsicDivision, ReferenceKind.VsicSection],
        ["dacCode"] = [ReferenceKind.DacPurpose],
        ["donorCode"] = [ReferenceKind.Donor],
        ["countryCode"] = [ReferenceKind.Country],
        ["currency"] = [ReferenceKind.Currency],
        ["receivingAgencyCode"] = [ReferenceKind.Agency],
        ["field"] = [ReferenceKind.AidField],
    };

    public static readonly ReferenceNames None = new(new Dictionary<(ReferenceKind, string), (string, string?)>());

    private readonly IReadOnlyDictionary<(ReferenceKind Kind, string Code), (string NameVi, string? NameEn)> _names;

    private ReferenceNames(IReadOnlyDictionary<(ReferenceKind Kind, string Code), (string NameVi, string? NameEn)> names) => _names = names;

    /// <summary>Whether values of <paramref name="field"/> are codes of a reference list.</summary>
    public static bool IsReference(string field) => FieldKinds.ContainsKey(field);

    /// <summary>The names of every reference code in <paramref name="values"/> (field, stored JSON), in one lookup.</summary>
    public static async Task<ReferenceNames> LoadAsync(IReferenceDataRepository repository, IEnumerable<(string Field, JsonNode? Value)> values, CancellationToken ct)
    {
        var codes = new HashSet<(ReferenceKind, string)>();
        foreach (var (field, value) in values)
        {
            Collect(field, value, codes);
        }
        return codes.Count == 0 ? None : new ReferenceNames(await repository.NamesAsync(codes, ct));
    }

    /// <summary>As <see cref="LoadAsync(IReferenceDataRepository, IEnumerable{ValueTuple{string, JsonNode}}, CancellationToken)"/>, from values kept as JSON text.</summary>
    public static Task<ReferenceNames> LoadAsync(IReferenceDataRepository repository, IEnumerable<(string Field, string? Json)> values, CancellationToken ct) =>
        LoadAsync(repository, values.Select(v => (v.Field, v.Json is null ? null : JsonNode.Parse(v.Json))), ct);

    /// <summary>The name of <paramref name="code"/> as a value of <paramref name="field"/> in the reader's language (English where the list has it), or null.</summary>
    public string? Name(string field, string code, bool english)
    {
        if (!FieldKinds.TryGetValue(field, out var kinds))
        {
            return null;
        }
        foreach (var kind in kinds)
        {
            if (_names.TryGetValue((kind, code), out var name))
            {
                return english && !string.IsNullOrWhiteSpace(name.NameEn) ? name.NameEn : name.NameVi;
            }
        }
        return null;
    }

    private static void Collect(string field, JsonNode? node, HashSet<(ReferenceKind, string)> codes)
    {
        switch (node)
        {
            case JsonArray a:
                foreach (var x in a)
                {
                    Collect(field, x, codes);
                }
                break;
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    Collect(key, value, codes);
                }
                break;
            case JsonValue v when FieldKinds.TryGetValue(field, out var kinds) && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s):
                foreach (var kind in kinds)
                {
                    codes.Add((kind, s.Trim()));
                }
                break;
        }
    }
}
