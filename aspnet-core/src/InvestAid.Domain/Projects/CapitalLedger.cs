using InvestAid.Common;
using InvestAid.Errors;

namespace InvestAid.Projects;

/// <summary>
/// Derives an FDI project's state on any day from its ledger. A corrected entry is replaced by its
/// correction, so every past day can be recomputed exactly as we know it now.
/// </summary>
public static class CapitalLedger
{
    /// <summary>The entries in force: every entry no later entry corrects.</summary>
    public static IEnumerable<CapitalEvent> Effective(IEnumerable<CapitalEvent> events)
    {
        var all = events as IReadOnlyCollection<CapitalEvent> ?? events.ToList();
        var corrected = all.Where(e => e.CorrectsEventId is not null).Select(e => e.CorrectsEventId!.Value).ToHashSet();
        return all.Where(e => !corrected.Contains(e.Id));
    }

    public static CapitalState StateAsOf(IEnumerable<CapitalEvent> events, DateOnly day)
    {
        var effective = Effective(events).Where(e => e.EffectiveDate <= day).ToList();
        var registered = effective.Any(e => e.Type == CapitalEventType.NewRegistration);
        var terminatedOn = effective.Where(e => e.Type == CapitalEventType.Termination).Select(e => (DateOnly?)e.EffectiveDate).Min();
        return new CapitalState(
            registered,
            terminatedOn,
            effective.Sum(e => e.CapitalChangeUsd),
            effective.Sum(e => e.CapitalChangeVnd));
    }

    /// <summary>
    /// The ledger's rules for a new entry, checked against the entries in force (the one it corrects left out): one new
    /// registration, with capital above 0; adjustments and a termination only after it and not dated before it; nothing
    /// after a termination but a correction; a termination changes no capital; a correction has the type of the entry it
    /// corrects, which must still be in force; the registered capital stays above 0. Throws <see cref="DomainException"/>
    /// (<see cref="ErrorCodes.CapitalLedgerInvalid"/>) naming the broken rule.
    /// </summary>
    /// <returns>The entry the new one corrects, if any.</returns>
    public static CapitalEvent? Admit(IReadOnlyCollection<CapitalEvent> events, string projectCode, CapitalEventType type, DateOnly effectiveDate,
        decimal changeUsd, decimal changeVnd, Guid? correctsEventId)
    {
        var effective = Effective(events).ToList();
        CapitalEvent? corrected = null;
        if (correctsEventId is { } correctsId)
        {
            corrected = events.FirstOrDefault(e => e.Id == correctsId)
                ?? throw new DomainException(ErrorCodes.CapitalLedgerInvalid, "Bút toán cần điều chỉnh không thuộc dự án này.");
            if (!effective.Contains(corrected))
            {
                throw new DomainException(ErrorCodes.CapitalLedgerInvalid, "Bút toán này đã được điều chỉnh; hãy điều chỉnh bút toán mới nhất.");
            }
            if (corrected.Type != type)
            {
                throw new DomainException(ErrorCodes.CapitalLedgerInvalid, "Bút toán điều chỉnh phải cùng loại với bút toán được điều chỉnh.");
            }
            effective.Remove(corrected);
        }
        var registration = effective.FirstOrDefault(e => e.Type == CapitalEventType.NewRegistration);
        switch (type)
        {
            case CapitalEventType.NewRegistration when registration is not null:
                throw new DomainException(ErrorCodes.CapitalLedgerInvalid, $"Dự án {projectCode} đã được cấp mới; thay đổi vốn ghi bằng bút toán điều chỉnh.");
            case CapitalEventType.NewRegistration when changeUsd <= 0:
                throw new DomainException(ErrorCodes.CapitalLedgerInvalid, "Vốn đăng ký khi cấp mới phải lớn hơn 0.");
            case CapitalEventType.Adjustment or CapitalEventType.Termination when registration is null:
                throw new DomainException(ErrorCodes.CapitalLedgerInvalid, $"Dự án {projectCode} chưa có bút toán cấp mới.");
            case CapitalEventType.Adjustment or CapitalEventType.Termination when effectiveDate < registration!.EffectiveDate:
                throw new DomainException(ErrorCodes.CapitalLedgerInvalid, "Ngày hiệu lực không được trước ngày cấp mới.");
        }
        var termination = effective.FirstOrDefault(e => e.Type == CapitalEventType.Termination);
        if (termination is not null && corrected is null)
        {
            throw new DomainException(ErrorCodes.CapitalLedgerInvalid, $"Dự án {projectCode} đã chấm dứt hoạt động.");
        }
        if (type == CapitalEventType.Termination && (changeUsd != 0 || changeVnd != 0))
        {
            throw new DomainException(ErrorCodes.CapitalLedgerInvalid, "Bút toán chấm dứt không thay đổi vốn đăng ký.");
        }
        var capitalAfter = effective.Sum(e => e.CapitalChangeUsd) + changeUsd;
        if (capitalAfter <= 0 && type != CapitalEventType.Termination)
        {
            throw new DomainException(ErrorCodes.CapitalLedgerInvalid, "Vốn đăng ký sau điều chỉnh phải lớn hơn 0.");
        }
        return corrected;
    }
}
