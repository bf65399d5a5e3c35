namespace InvestAid.EntityFrameworkCore.Reports;

/// <summary>
/// The database side of <see cref="CapitalLedgerDay"/>: <c>refresh_capital_ledger_days(uuid[])</c>, created by the
/// migration <c>CapitalLedgerDays</c>, recomputes the given projects' rows from their whole ledger (the same rules as
/// <c>CapitalLedger</c>: an entry is in force unless an entry corrects it; state on a day = the entries in force dated on
/// or before it), and statement-level triggers on <c>capital_events</c> call it for the projects each insert touches;
/// TRUNCATE empties the table with the ledger.
/// </summary>
public static class CapitalLedgerDaysSql
{
    /// <summary>Recomputes the whole table from the ledger (what the trigger keeps it equal to).</summary>
    public const string RebuildAll = "SELECT refresh_capital_ledger_days(ARRAY(SELECT DISTINCT project_id FROM capital_events))";
}
