using InvestAid.Common;
using InvestAid.Text;

namespace InvestAid.ReferenceData;

/// <summary>
/// One entry of a reference list (country, currency, VSIC code, donor, commune, agency …). One shape
/// serves every list: a code, names in Vietnamese and English, an optional parent (a division's section,
/// a zone's commune), an optional category (a donor's type), and the period in which it is in force —
/// so that a renamed agency keeps its old name for reports dated before the change.
/// </summary>
public class ReferenceItem : AggregateRoot
{
    private ReferenceItem() { }

    public ReferenceItem(ReferenceKind kind, string code, ReferenceItemData data)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Kind = kind;
        Code = code.Trim();
        Update(data);
    }

    public ReferenceKind Kind { get; private set; }
    public string Code { get; private set; } = "";
    public string NameVi { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public string? ParentCode { get; private set; }
    public string? Category { get; private set; }
    public DateOnly? EffectiveFrom { get; private set; }
    public DateOnly? EffectiveTo { get; private set; }
    public int SortOrder { get; private set; }
    public bool IsActive { get; private set; } = true;
    public string SearchText { get; private set; } = "";

    public void Update(ReferenceItemData data)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(data.NameVi);
        if (data.EffectiveFrom is { } from && data.EffectiveTo is { } to && to < from)
        {
            throw new ArgumentException("The period ends before it starts.", nameof(data));
        }
        NameVi = data.NameVi.Trim();
        NameEn = string.IsNullOrWhiteSpace(data.NameEn) ? NameVi : data.NameEn.Trim();
        ParentCode = data.ParentCode;
        Category = data.Category;
        EffectiveFrom = data.EffectiveFrom;
        EffectiveTo = data.EffectiveTo;
        SortOrder = data.SortOrder;
        IsActive = data.IsActive;
        SearchText = TextFolding.Fold($"{Code} {NameVi} {NameEn}");
    }

    public bool IsInForceOn(DateOnly day) =>
        (EffectiveFrom is null || EffectiveFrom <= day) && (EffectiveTo is null || day <= EffectiveTo);
}
