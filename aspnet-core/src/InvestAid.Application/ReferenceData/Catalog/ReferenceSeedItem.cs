namespace InvestAid.ReferenceData.Catalog;

/// <summary>One entry the reference lists are seeded with: its list, its code and its data.</summary>
public sealed record ReferenceSeedItem(ReferenceKind Kind, string Code, ReferenceItemData Data);
