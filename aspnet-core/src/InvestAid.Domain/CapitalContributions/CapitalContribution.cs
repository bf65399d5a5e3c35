using InvestAid.Common;
using InvestAid.Text;

namespace InvestAid.CapitalContributions;

/// <summary>
/// A notice of capital contribution or share purchase (góp vốn, mua cổ phần, mua phần vốn góp): a
/// foreign investor buys into a Vietnamese enterprise. Counted in the FDI summary beside new and
/// adjusted projects. It may name the registered project it concerns (<see cref="ProjectId"/>, e.g. the FDI or domestic project of
/// the enterprise bought into, or the project of the dossier that recorded it): it then follows that project's scope.
/// </summary>
public class CapitalContribution : AggregateRoot
{
    private CapitalContribution() { }

    public CapitalContribution(CapitalContributionData data, DateTimeOffset now)
    {
        CreatedAt = now;
        Update(data, now);
    }

    public string InvestorName { get; private set; } = "";
    public string CountryCode { get; private set; } = "";
    public string TargetEnterprise { get; private set; } = "";
    public string? TargetTaxCode { get; private set; }
    public decimal ValueUsd { get; private set; }
    public decimal? ValueVnd { get; private set; }
    public DateOnly Date { get; private set; }
    public string? SectorCode { get; private set; }
    public string? CommuneCode { get; private set; }
    public string? IndustrialZoneCode { get; private set; }
    public string? Note { get; private set; }
    /// <summary>The registered project the notice concerns, if any; owners and agencies see the notice through it.</summary>
    public Guid? ProjectId { get; private set; }
    public string SearchText { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public void Update(CapitalContributionData data, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(data.InvestorName);
        ArgumentException.ThrowIfNullOrWhiteSpace(data.TargetEnterprise);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(data.ValueUsd);
        InvestorName = data.InvestorName.Trim();
        CountryCode = data.CountryCode;
        TargetEnterprise = data.TargetEnterprise.Trim();
        TargetTaxCode = data.TargetTaxCode;
        ValueUsd = data.ValueUsd;
        ValueVnd = data.ValueVnd;
        Date = data.Date;
        SectorCode = data.SectorCode;
        CommuneCode = data.CommuneCode;
        IndustrialZoneCode = data.IndustrialZoneCode;
        Note = data.Note;
        ProjectId = data.ProjectId;
        SearchText = TextFolding.Fold($"{InvestorName} {TargetEnterprise} {TargetTaxCode}");
        UpdatedAt = now;
    }
}
