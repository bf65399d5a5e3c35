namespace InvestAid.Reports;

/// <summary>
/// Implemented (disbursed) FDI capital. It comes from the enterprises' periodic reports, which the finance
/// module records; until then it is 0 and flagged as an estimate.
/// </summary>
public sealed record ImplementedCapital(decimal ValueUsd, bool IsEstimate, string? Note);
