namespace InvestAid.ReferenceData;

public sealed record ReferenceItemDto(
    Guid Id,
    ReferenceKind Kind,
    string Code,
    string NameVi,
    string NameEn,
    string? ParentCode,
    string? Category,
    DateOnly? EffectiveFrom,
    DateOnly? EffectiveTo,
    int SortOrder,
    bool IsActive,
    string Version);
