using InvestAid.Common;

namespace InvestAid.Freezes;

/// <summary>
/// A data-freeze event declared by an administrator: entries dated on or before <see cref="FreezeDate"/> are frozen once
/// the grace period after it has run out (ngày khóa sổ + thời gian ân hạn), for what <see cref="Coverage"/> names.
/// </summary>
public sealed class FreezeEvent : Entity
{
    private FreezeEvent() { }

    public FreezeEvent(DateOnly freezeDate, int graceDays, FreezeCoverage coverage, string? note, string? declaredBy, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(graceDays);
        FreezeDate = freezeDate;
        GraceDays = graceDays;
        Coverage = coverage;
        Note = note;
        DeclaredBy = declaredBy;
        DeclaredAt = now;
    }

    public DateOnly FreezeDate { get; private set; }
    public int GraceDays { get; private set; }
    public FreezeCoverage Coverage { get; private set; }
    public string? Note { get; private set; }
    public string? DeclaredBy { get; private set; }
    public DateTimeOffset DeclaredAt { get; private set; }

    /// <summary>The first day on which the freeze holds.</summary>
    public DateOnly EffectiveFrom => FreezeDate.AddDays(GraceDays + 1);

    public bool Freezes(DateOnly entryDate, FreezeCoverage coverage, DateOnly today) =>
        entryDate <= FreezeDate && today >= EffectiveFrom && (Coverage == FreezeCoverage.All || coverage == FreezeCoverage.All || Coverage == coverage);
}
