using InvestAid.Common;

namespace InvestAid.Legal;

/// <summary>A legal document the application cites (law, decree, circular, notice), with its dates and what replaced it.</summary>
public sealed class LegalDocument : Entity
{
    private LegalDocument() { }

    public LegalDocument(string number, string kind, string titleVi, string? titleEn, DateOnly? issuedOn, DateOnly? effectiveFrom,
        DateOnly? effectiveTo, string? replacedBy, LegalStatus status, string? note)
    {
        Number = number;
        Kind = kind;
        TitleVi = titleVi;
        TitleEn = titleEn;
        IssuedOn = issuedOn;
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
        ReplacedBy = replacedBy;
        Status = status;
        Note = note;
    }

    /// <summary>The official number, e.g. 143/2025/QH15 or 96/2026/NĐ-CP.</summary>
    public string Number { get; private set; } = "";

    /// <summary>Luật, Nghị định, Thông tư, Nghị quyết, Công văn / Thông báo.</summary>
    public string Kind { get; private set; } = "";
    public string TitleVi { get; private set; } = "";
    public string? TitleEn { get; private set; }
    public DateOnly? IssuedOn { get; private set; }
    public DateOnly? EffectiveFrom { get; private set; }
    public DateOnly? EffectiveTo { get; private set; }
    public string? ReplacedBy { get; private set; }

    /// <summary>How sure we are of the document's dates and content as recorded here.</summary>
    public LegalStatus Status { get; private set; }
    public string? Note { get; private set; }
}
