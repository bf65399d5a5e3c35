namespace InvestAid.ReferenceData;

/// <summary>The reference lists administrators maintain (DESIGN.md section 3).</summary>
public enum ReferenceKind
{
    /// <summary>ISO 3166-1 alpha-2 countries.</summary>
    Country = 1,
    /// <summary>ISO 4217 currencies.</summary>
    Currency = 2,
    /// <summary>VSIC 2018 sections (letters A–U).</summary>
    VsicSection = 3,
    /// <summary>VSIC 2018 divisions (two digits), parent = section.</summary>
    VsicDivision = 4,
    /// <summary>OECD DAC CRS purpose codes (five digits).</summary>
    DacPurpose = 5,
    /// <summary>Donors and lenders: multilateral, bilateral, NGOs.</summary>
    Donor = 6,
    /// <summary>Administrative units: the province and its communes (two tiers since 1 July 2025).</summary>
    AdministrativeUnit = 7,
    /// <summary>Industrial zones (khu công nghiệp), parent = commune.</summary>
    IndustrialZone = 8,
    /// <summary>Agencies, with names in force by period (e.g. the Department of Planning and Investment → Department of Finance on 1 March 2025).</summary>
    Agency = 9,
    /// <summary>The province's field categories of aid reports (giáo dục – đào tạo, y tế, …).</summary>
    AidField = 10,
    /// <summary>DAC purpose code (five digits) or DAC sector (three digits) → field category: code = the DAC code, parent = the category.</summary>
    AidFieldMapping = 11,
    /// <summary>A donor's IATI organisation identifier: code = the donor's code, category = the identifier, parent = the language of its own name (name en).</summary>
    IatiOrganisation = 12,
}
