namespace InvestAid.ReferenceData;

public sealed record ReferenceItemInput(
    string Code,
    string NameVi,
    string? NameEn,
    string? ParentCode,
    string? Category,
    DateOnly? EffectiveFrom,
    DateOnly? EffectiveTo,
    int SortOrder = 0,
    bool IsActive = true);
