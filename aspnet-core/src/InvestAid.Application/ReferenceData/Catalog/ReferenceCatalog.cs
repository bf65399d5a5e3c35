namespace InvestAid.ReferenceData.Catalog;

/// <summary>
/// The reference data InvestAid ships with (DESIGN.md section 3): countries, currencies, VSIC 2018,
/// DAC CRS purpose codes, donors, the province's administrative units, industrial zones and agencies.
/// One file per list; <see cref="All"/> joins them. (Kind, Code) is unique across the catalog, so a
/// renamed agency is two codes with adjoining periods.
/// </summary>
public static partial class ReferenceCatalog
{
    /// <summary>Hưng Yên, merged with Thái Bình from 1 July 2025; its GSO code stays 33.</summary>
    public const string ProvinceCode = "33";

    // Built on first use, after every list of the partial files has been initialised.
    private static readonly Lazy<IReadOnlyList<ReferenceSeedItem>> AllItems = new(BuildAll);

    private static readonly Lazy<IReadOnlyDictionary<(ReferenceKind Kind, string Code), ReferenceSeedItem>> ByKey =
        new(() => All.ToDictionary(i => (i.Kind, i.Code)));

    /// <summary>Every seed item of every list.</summary>
    public static IReadOnlyList<ReferenceSeedItem> All => AllItems.Value;

    /// <summary>The items of one list.</summary>
    public static IReadOnlyList<ReferenceSeedItem> Of(ReferenceKind kind) => All.Where(i => i.Kind == kind).ToList();

    public static bool Contains(ReferenceKind kind, string? code) => code is not null && ByKey.Value.ContainsKey((kind, code));

    /// <summary>The item with this code; throws if the catalog has none.</summary>
    public static ReferenceSeedItem Get(ReferenceKind kind, string code) =>
        ByKey.Value.TryGetValue((kind, code), out var item)
            ? item
            : throw new KeyNotFoundException($"The reference catalog has no {kind} '{code}'.");

    private static IReadOnlyList<ReferenceSeedItem> BuildAll() =>
    [
        .. Countries,
        .. Currencies,
        .. VsicSections,
        .. VsicDivisions,
        .. DacPurposes,
        .. Donors,
        .. AdministrativeUnits,
        .. IndustrialZones,
        .. Agencies,
        .. AidFields,
        .. AidFieldMappings,
        .. IatiOrganisations,
    ];

    /// <summary>Builds a list, numbering <see cref="ReferenceItemData.SortOrder"/> in the given order (1, 2, …).</summary>
    private static IReadOnlyList<ReferenceSeedItem> Numbered(ReferenceKind kind, IEnumerable<(string Code, ReferenceItemData Data)> rows) =>
        rows.Select((r, i) => new ReferenceSeedItem(kind, r.Code, r.Data with { SortOrder = i + 1 })).ToList();
}
