using InvestAid.Common;

namespace InvestAid.Legal;

/// <summary>
/// One value of a legal parameter (a time limit, threshold or deadline the law fixes) from <see cref="EffectiveFrom"/> until the
/// next version of the same name takes over, with its citation and how sure we are of it. An edit never changes a row: it
/// supersedes it with a new one, so the history of every figure stays readable.
/// </summary>
public sealed class LegalParameterVersion : Entity
{
    private LegalParameterVersion() { }

    public LegalParameterVersion(string name, string titleVi, string? titleEn, string value, LegalUnit unit, DateOnly effectiveFrom,
        string documentNumber, string? article, string? clause, LegalStatus status, string? note, string changedBy, DateTimeOffset changedAt)
    {
        Name = name;
        TitleVi = titleVi.Trim();
        TitleEn = string.IsNullOrWhiteSpace(titleEn) ? null : titleEn.Trim();
        Value = value.Trim();
        Unit = unit;
        EffectiveFrom = effectiveFrom;
        DocumentNumber = documentNumber.Trim();
        Article = string.IsNullOrWhiteSpace(article) ? null : article.Trim();
        Clause = string.IsNullOrWhiteSpace(clause) ? null : clause.Trim();
        Status = status;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        ChangedBy = changedBy;
        ChangedAt = changedAt;
    }

    public string Name { get; private set; } = "";
    public string TitleVi { get; private set; } = "";
    public string? TitleEn { get; private set; }
    public string Value { get; private set; } = "";
    public LegalUnit Unit { get; private set; }
    public DateOnly EffectiveFrom { get; private set; }
    public string DocumentNumber { get; private set; } = "";
    public string? Article { get; private set; }
    public string? Clause { get; private set; }
    public LegalStatus Status { get; private set; }
    public string? Note { get; private set; }
    public string ChangedBy { get; private set; } = "";
    public DateTimeOffset ChangedAt { get; private set; }

    /// <summary>When a later edit replaced this row (null while it is current).</summary>
    public DateTimeOffset? SupersededAt { get; private set; }

    public Guid? SupersededById { get; private set; }

    public bool IsCurrent => SupersededAt is null;

    public void SupersedeWith(LegalParameterVersion next)
    {
        if (!IsCurrent)
        {
            throw new DomainException("legal.parameter.superseded", $"Phiên bản {Id} của tham số {Name} đã được thay thế; hãy tải lại.");
        }
        SupersededAt = next.ChangedAt;
        SupersededById = next.Id;
    }
}
