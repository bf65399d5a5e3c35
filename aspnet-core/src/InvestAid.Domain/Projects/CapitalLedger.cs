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
}
