namespace InvestAid.Reports;

/// <summary>
/// NGO aid of one donor, field category, place or programme being implemented in the period:
/// <see cref="CommittedUsd"/> the programmes' whole commitments, <see cref="CommitmentInPeriodUsd"/> the part of them
/// scheduled in the period (per-year commitment schedule), receipts in the period (USD and VND).
/// </summary>
public sealed record NgoReportRow(
    string? Code,
    string? NameVi,
    string? NameEn,
    int Programmes,
    decimal CommittedUsd,
    decimal CommitmentInPeriodUsd,
    decimal ReceivedUsd,
    decimal ReceivedVnd)
{
    /// <summary>True when a programme of the row has no commitment schedule: its whole commitment counts in its approval year.</summary>
    public bool ScheduleMissing { get; init; }
    /// <summary>Programme and donor rows: the donor's code and its name in Vietnamese and in English (reference data).</summary>
    public string? DonorCode { get; init; }
    public string? DonorNameVi { get; init; }
    public string? DonorNameEn { get; init; }
    /// <summary>Programme rows only.</summary>
    public string? Status { get; init; }
    public string? DecisionNumber { get; init; }
    public DateOnly? ApprovalDate { get; init; }
    public DateOnly? ActualStart { get; init; }
    public DateOnly? ActualEnd { get; init; }
    public string? FieldCode { get; init; }
    public string? PlaceCode { get; init; }
    public string? PlaceNameVi { get; init; }
    /// <summary>Programme rows only: every place the programme lies in (each commune it names, or the province), in Vietnamese and English.</summary>
    public IReadOnlyList<string> Places { get; init; } = [];
    public IReadOnlyList<string> PlacesEn { get; init; } = [];
}
