namespace InvestAid.Reports;

/// <summary>One group of a breakdown; <see cref="Code"/> is null for records without the attribute (no investor, no commune …).</summary>
public sealed record FdiBreakdownRow(string? Code, string? NameVi, string? NameEn, FdiFigures Figures);
