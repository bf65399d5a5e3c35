namespace InvestAid.ReferenceData;

public sealed record ReferenceItemData(
    string NameVi,
    string? NameEn,
    string? ParentCode = null,
    string? Category = null,
    DateOnly? EffectiveFrom = null,
    DateOnly? EffectiveTo = null,
    int SortOrder = 0,
    bool IsActive = true);
