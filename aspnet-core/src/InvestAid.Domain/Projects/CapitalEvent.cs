using InvestAid.Common;

namespace InvestAid.Projects;

/// <summary>
/// One entry of an FDI project's capital ledger. Entries are never changed or deleted: a correction
/// is a new entry that names the one it corrects (<see cref="CorrectsEventId"/>) and takes its place.
/// </summary>
public sealed class CapitalEvent : Entity
{
    private CapitalEvent() { }

    internal CapitalEvent(Guid projectId, CapitalEventType type, DateOnly effectiveDate, decimal capitalChangeUsd,
        decimal capitalChangeVnd, string? certificateNumber, string? note, Guid? correctsEventId, DateTimeOffset recordedAt, string? recordedBy)
    {
        ProjectId = projectId;
        Type = type;
        EffectiveDate = effectiveDate;
        CapitalChangeUsd = capitalChangeUsd;
        CapitalChangeVnd = capitalChangeVnd;
        CertificateNumber = certificateNumber;
        Note = note;
        CorrectsEventId = correctsEventId;
        RecordedAt = recordedAt;
        RecordedBy = recordedBy;
    }

    public Guid ProjectId { get; private set; }
    public CapitalEventType Type { get; private set; }
    /// <summary>The day the change took legal effect (the certificate's date), not the day it was typed in.</summary>
    public DateOnly EffectiveDate { get; private set; }
    /// <summary>Change of registered capital in USD; for a new registration, the registered capital.</summary>
    public decimal CapitalChangeUsd { get; private set; }
    public decimal CapitalChangeVnd { get; private set; }
    public string? CertificateNumber { get; private set; }
    public string? Note { get; private set; }
    public Guid? CorrectsEventId { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public string? RecordedBy { get; private set; }
}
