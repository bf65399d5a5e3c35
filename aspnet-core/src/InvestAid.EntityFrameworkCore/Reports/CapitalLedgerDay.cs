namespace InvestAid.EntityFrameworkCore.Reports;

/// <summary>
/// Derived from the capital ledger, never written by the application: one row per FDI project and day on which the
/// project has an entry in force (corrected entries left out), with that day's movements and the project's state at
/// the end of the day. The database keeps it in step with <c>capital_events</c> (trigger
/// <c>capital_ledger_days_refresh</c>, in the same statement as the ledger insert, COPY included), recomputing every
/// touched project from its whole ledger, so a correction dated in the past rewrites the project's history here too.
/// <see cref="Until"/> is the next day of the project in this table (9999-12-31 for the last): the row whose
/// [Day, Until) holds a cut-off is the project's state on that cut-off.
/// </summary>
public sealed class CapitalLedgerDay
{
    public Guid ProjectId { get; private set; }
    public DateOnly Day { get; private set; }
    public DateOnly Until { get; private set; }
    /// <summary>New registrations in force dated this day, and their capital.</summary>
    public int NewCount { get; private set; }
    public decimal NewUsd { get; private set; }
    /// <summary>Adjustments dated this day: all, increases (count, capital added), decreases (count, capital removed, positive).</summary>
    public int AdjustmentCount { get; private set; }
    public int IncreaseCount { get; private set; }
    public decimal IncreaseUsd { get; private set; }
    public int DecreaseCount { get; private set; }
    public decimal DecreaseUsd { get; private set; }
    /// <summary>This day is the project's (first) termination day.</summary>
    public bool Terminates { get; private set; }
    /// <summary>State at the end of the day: registered by then, terminated by then, registered capital then.</summary>
    public bool Registered { get; private set; }
    public bool Terminated { get; private set; }
    public decimal CapitalUsd { get; private set; }
}
