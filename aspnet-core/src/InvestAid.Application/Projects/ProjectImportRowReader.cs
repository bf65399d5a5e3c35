using System.Globalization;

namespace InvestAid.Projects;

/// <summary>Turns one sheet row (header → cell value) into a registration request, collecting what cannot be read.</summary>
internal sealed class ProjectImportRowReader(IDictionary<string, object?> cells, int row, List<ImportRowError> errors)
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public CreateProjectRequest Read()
    {
        var kind = Kind();
        var investorNames = Text(ProjectImportColumns.InvestorNames)?.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
        var investorCountries = Text(ProjectImportColumns.InvestorCountries)?.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (investorNames.Length != investorCountries.Length && (investorNames.Length > 0 || investorCountries.Length > 0))
        {
            errors.Add(new(row, ProjectImportColumns.InvestorCountries, "Số quốc tịch phải bằng số nhà đầu tư (phân cách bằng dấu ;)."));
        }
        var investors = investorNames.Zip(investorCountries, (n, c) => new InvestorDto(n, c.ToUpperInvariant())).ToList();
        var ircNumber = Text(ProjectImportColumns.IrcNumber);
        var ircDate = Date(ProjectImportColumns.IrcDate);
        var isOda = kind is ProjectKind.Oda or ProjectKind.ConcessionalLoan;
        return new CreateProjectRequest
        {
            Kind = kind ?? 0,
            NameVi = Text(ProjectImportColumns.NameVi) ?? "",
            NameEn = Text(ProjectImportColumns.NameEn),
            OwnerName = Text(ProjectImportColumns.OwnerName),
            SectorCode = Text(ProjectImportColumns.Sector),
            CommuneCode = Text(ProjectImportColumns.Commune),
            IndustrialZoneCode = Text(ProjectImportColumns.IndustrialZone),
            Address = Text(ProjectImportColumns.Address),
            DonorCode = Text(ProjectImportColumns.Donor),
            PlannedStart = Date(ProjectImportColumns.PlannedStart),
            PlannedEnd = Date(ProjectImportColumns.PlannedEnd),
            Investors = kind == ProjectKind.Fdi ? investors : null,
            Fdi = kind == ProjectKind.Fdi && (ircNumber is not null || ircDate is not null) ? new FdiDetailsDto(ircNumber, ircDate, null) : null,
            RegisteredCapitalUsd = kind == ProjectKind.Fdi ? Number(ProjectImportColumns.CapitalUsd) : null,
            RegisteredCapitalVnd = kind == ProjectKind.Fdi ? Number(ProjectImportColumns.CapitalVnd) : null,
            Oda = isOda
                ? new OdaDetailsDto(Text(ProjectImportColumns.AgreementNumber), Date(ProjectImportColumns.AgreementDate),
                    Text(ProjectImportColumns.Currency)?.ToUpperInvariant() ?? "", Number(ProjectImportColumns.OdaAmount) ?? 0,
                    Number(ProjectImportColumns.LoanAmount) ?? 0, Number(ProjectImportColumns.CounterpartAmount) ?? 0,
                    Number(ProjectImportColumns.RateToUsd) ?? 0, Number(ProjectImportColumns.RateToVnd) ?? 0, Date(ProjectImportColumns.AgreementDate))
                : null,
            Ngo = kind == ProjectKind.NgoAid
                ? new NgoDetailsDto(AidTypeOf(), Number(ProjectImportColumns.CommittedAmount) ?? 0,
                    Text(ProjectImportColumns.Currency)?.ToUpperInvariant() ?? "", Number(ProjectImportColumns.RateToUsd) ?? 0,
                    Text(ProjectImportColumns.ReceivingAgency), Text(ProjectImportColumns.Field), Text(ProjectImportColumns.DecisionNumber),
                    Date(ProjectImportColumns.DecisionDate))
                : null,
        };
    }

    private ProjectKind? Kind()
    {
        var text = Text(ProjectImportColumns.Kind);
        ProjectKind? kind = text?.ToUpperInvariant() switch
        {
            "FDI" => ProjectKind.Fdi,
            "ODA" => ProjectKind.Oda,
            "VAY" or "VỐN VAY ƯU ĐÃI" or "CONCESSIONALLOAN" => ProjectKind.ConcessionalLoan,
            "NGO" or "VIỆN TRỢ PCP" or "NGOAID" => ProjectKind.NgoAid,
            _ => null,
        };
        if (kind is null)
        {
            errors.Add(new(row, ProjectImportColumns.Kind, text is null
                ? "Vui lòng nhập loại dự án (FDI, ODA, VAY hoặc NGO)."
                : $"Loại dự án '{text}' không hợp lệ; dùng FDI, ODA, VAY hoặc NGO."));
        }
        return kind;
    }

    private AidType AidTypeOf() => Text(ProjectImportColumns.AidType)?.ToLowerInvariant() switch
    {
        null or "dự án" or "du an" or "project" => AidType.Project,
        "phi dự án" or "phi du an" or "nonproject" => AidType.NonProject,
        "khẩn cấp" or "khan cap" or "emergency" => AidType.Emergency,
        var other => Fail(ProjectImportColumns.AidType, $"Loại hình viện trợ '{other}' không hợp lệ (Dự án, Phi dự án, Khẩn cấp).", AidType.Project),
    };

    private string? Text(string column) =>
        cells.TryGetValue(column, out var v) && v is not null && Convert.ToString(v, CultureInfo.InvariantCulture) is { } s && !string.IsNullOrWhiteSpace(s)
            ? s.Trim()
            : null;

    private decimal? Number(string column)
    {
        if (!cells.TryGetValue(column, out var v) || v is null || (v is string s0 && string.IsNullOrWhiteSpace(s0)))
        {
            return null;
        }
        switch (v)
        {
            case double d when !double.IsNaN(d) && Math.Abs(d) < 1e18: return Math.Round((decimal)d, 4);
            case decimal m: return m;
            case int i: return i;
            case long l: return l;
        }
        var text = Convert.ToString(v, CultureInfo.InvariantCulture)!.Trim();
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var inv)) return inv;
        if (decimal.TryParse(text, NumberStyles.Number, Vi, out var vi)) return vi;
        return Fail<decimal?>(column, $"'{text}' không phải là số.", null);
    }

    private DateOnly? Date(string column)
    {
        if (!cells.TryGetValue(column, out var v) || v is null || (v is string s0 && string.IsNullOrWhiteSpace(s0)))
        {
            return null;
        }
        switch (v)
        {
            case DateTime dt: return DateOnly.FromDateTime(dt);
            case double d when d is > 0 and < 2958466: return DateOnly.FromDateTime(DateTime.FromOADate(d));
        }
        var text = Convert.ToString(v, CultureInfo.InvariantCulture)!.Trim();
        string[] formats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];
        return DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : Fail<DateOnly?>(column, $"'{text}' không phải là ngày (dd/mm/yyyy).", null);
    }

    private T Fail<T>(string column, string message, T fallback)
    {
        errors.Add(new(row, column, message));
        return fallback;
    }
}
