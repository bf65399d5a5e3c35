namespace InvestAid.Reports;

/// <summary>A published figure that a later ledger change would alter: its path in the figures, frozen and recomputed values.</summary>
public sealed record FdiFigureDifference(string Figure, decimal? Published, decimal? Recomputed, decimal? Difference);
