namespace InvestAid.Reports;

/// <summary>
/// Non-government aid from <see cref="From"/> to <see cref="To"/>:
/// <list type="bullet">
/// <item><see cref="Approved"/>: aid approved in the period (count, commitment, by donor, by decision);</item>
/// <item><see cref="Programmes"/> being implemented in the period (started — or money received — by its end, not ended before
/// its start) and the <see cref="DonorOrganisations"/> among them; approved aid not yet started is listed apart in
/// <see cref="ApprovedNotStarted"/>;</item>
/// <item>the rows by donor, by the province's field categories (DAC code → category, reference data), by place (province-wide or the
/// commune) and by programme, over the programmes being implemented; <see cref="Total"/> adds them up;</item>
/// <item><see cref="Dossiers"/> still in procedure.</item>
/// </list>
/// </summary>
public sealed record NgoReportDto(
    int Year,
    int Programmes,
    int DonorOrganisations,
    IReadOnlyList<NgoReportRow> ByDonor,
    IReadOnlyList<NgoReportRow> ByField,
    IReadOnlyList<NgoReportRow> ByProgramme,
    NgoReportRow Total)
{
    public DateOnly From { get; init; }
    public DateOnly To { get; init; }
    public NgoApproved Approved { get; init; } = new(0, 0m, [], []);
    public IReadOnlyList<NgoReportRow> ByPlace { get; init; } = [];
    public IReadOnlyList<NgoReportRow> ApprovedNotStarted { get; init; } = [];
    public NgoDossiers Dossiers { get; init; } = new(0, 0, []);
    /// <summary>Receipts in the period of every NGO aid (those being implemented are in <see cref="Total"/>).</summary>
    public decimal ReceivedInPeriodUsd { get; init; }
}

/// <summary>Aid approved in the period: how many, their commitment in USD, by donor and one row per decision.</summary>
public sealed record NgoApproved(int Count, decimal CommittedUsd, IReadOnlyList<NgoReportRow> ByDonor, IReadOnlyList<NgoReportRow> ByDecision);

/// <summary>
/// NGO aid dossiers: <see cref="Received"/> in the period, <see cref="Waiting"/> still in procedure at its end (no decision by then),
/// and by procedure.
/// </summary>
public sealed record NgoDossiers(int Received, int Waiting, IReadOnlyList<NgoDossierRow> ByProcedure);

public sealed record NgoDossierRow(string ProcedureKey, string NameVi, string NameEn, int Received, int Waiting, IReadOnlyList<string> WaitingProjectCodes);
