namespace InvestAid.Reports;

/// <summary>
/// NGO aid of one donor, field or programme in a year: commitments approved in the year, commitments in force in the
/// year (approved by its end, not ended before its start), receipts in the year (USD and VND).
/// </summary>
public sealed record NgoReportRow(
    string? Code,
    string? NameVi,
    string? NameEn,
    int Programmes,
    decimal CommittedInYearUsd,
    decimal CommittedInForceUsd,
    decimal ReceivedUsd,
    decimal ReceivedVnd);
