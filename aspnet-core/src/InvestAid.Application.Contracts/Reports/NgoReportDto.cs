namespace InvestAid.Reports;

/// <summary>
/// Non-government aid in <see cref="Year"/> by donor, by field (DAC purpose code, else the field as written) and by
/// programme; <see cref="Programmes"/> and <see cref="DonorOrganisations"/> count those in the report (in force in the
/// year or with receipts in it).
/// </summary>
public sealed record NgoReportDto(
    int Year,
    int Programmes,
    int DonorOrganisations,
    IReadOnlyList<NgoReportRow> ByDonor,
    IReadOnlyList<NgoReportRow> ByField,
    IReadOnlyList<NgoReportRow> ByProgramme,
    NgoReportRow Total);
