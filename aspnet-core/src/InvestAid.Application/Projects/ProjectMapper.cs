using InvestAid.Common;
using Riok.Mapperly.Abstractions;

namespace InvestAid.Projects;

/// <summary>Compile-time mapping between the project aggregate and its DTOs.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class ProjectMapper
{
    // Optional texts of the details are trimmed, and blanks dropped, both ways (Blank); nothing else is.
    [MapProperty(nameof(FdiDetailsDto.IrcNumber), nameof(FdiDetails.IrcNumber), Use = nameof(Blank))]
    public static partial FdiDetails ToDomain(this FdiDetailsDto dto);

    [MapProperty(nameof(OdaDetailsDto.AgreementNumber), nameof(OdaDetails.AgreementNumber), Use = nameof(Blank))]
    public static partial OdaDetails ToDomain(this OdaDetailsDto dto);

    [MapProperty(nameof(NgoDetailsDto.ReceivingAgencyCode), nameof(NgoDetails.ReceivingAgencyCode), Use = nameof(Blank))]
    [MapProperty(nameof(NgoDetailsDto.Field), nameof(NgoDetails.Field), Use = nameof(Blank))]
    [MapProperty(nameof(NgoDetailsDto.ApprovalDecisionNumber), nameof(NgoDetails.ApprovalDecisionNumber), Use = nameof(Blank))]
    public static partial NgoDetails ToDomain(this NgoDetailsDto dto);

    public static partial Investor ToDomain(this InvestorDto dto);

    [MapProperty(nameof(FdiDetails.IrcNumber), nameof(FdiDetailsDto.IrcNumber), Use = nameof(Blank))]
    public static partial FdiDetailsDto ToDto(this FdiDetails details);

    [MapProperty(nameof(OdaDetails.AgreementNumber), nameof(OdaDetailsDto.AgreementNumber), Use = nameof(Blank))]
    public static partial OdaDetailsDto ToDto(this OdaDetails details);

    [MapProperty(nameof(NgoDetails.ReceivingAgencyCode), nameof(NgoDetailsDto.ReceivingAgencyCode), Use = nameof(Blank))]
    [MapProperty(nameof(NgoDetails.Field), nameof(NgoDetailsDto.Field), Use = nameof(Blank))]
    [MapProperty(nameof(NgoDetails.ApprovalDecisionNumber), nameof(NgoDetailsDto.ApprovalDecisionNumber), Use = nameof(Blank))]
    public static partial NgoDetailsDto ToDto(this NgoDetails details);

    public static partial InvestorDto ToDto(this Investor investor);

    public static ProjectProfile ToProfile(this ProjectInput input) => new()
    {
        NameVi = input.NameVi,
        NameEn = Blank(input.NameEn),
        NationalCode = Blank(input.NationalCode),
        OwnerName = Blank(input.OwnerName),
        OwnerUserId = input.OwnerUserId,
        CommuneCode = Blank(input.CommuneCode),
        CommuneCodes = [.. (input.CommuneCodes ?? []).Select(Blank).OfType<string>()],
        IndustrialZoneCode = Blank(input.IndustrialZoneCode),
        Address = Blank(input.Address),
        Latitude = input.Latitude,
        Longitude = input.Longitude,
        SectorCode = Blank(input.SectorCode),
        DacCode = Blank(input.DacCode),
        DonorCode = Blank(input.DonorCode),
        PlannedStart = input.PlannedStart,
        PlannedEnd = input.PlannedEnd,
        ActualStart = input.ActualStart,
        ActualEnd = input.ActualEnd,
        Objectives = Blank(input.Objectives),
        Fdi = input.Fdi?.ToDomain(),
        Oda = input.Oda?.ToDomain(),
        Ngo = input.Ngo?.ToDomain(),
        Investors = input.Investors?.Select(i => i.ToDomain()).ToList(),
    };

    public static CapitalEventDto ToDto(this CapitalEvent e, bool superseded) => Map(e, isSuperseded: superseded);

    /// <summary>The project now, or as it stood at the end of <paramref name="asOf"/>.</summary>
    public static ProjectDto ToDto(this Project p, DateOnly? asOf = null)
    {
        var events = asOf is { } day ? p.CapitalEvents.Where(e => e.EffectiveDate <= day).ToList() : p.CapitalEvents.ToList();
        var effective = CapitalLedger.Effective(events).Select(e => e.Id).ToHashSet();
        var status = p.Status;
        var capitalUsd = p.RegisteredCapitalUsd;
        var capitalVnd = p.RegisteredCapitalVnd;
        if (asOf is { } d)
        {
            status = p.StatusAsOf(d);
            if (p.Kind == ProjectKind.Fdi)
            {
                var state = CapitalLedger.StateAsOf(p.CapitalEvents, d);
                capitalUsd = state.RegisteredCapitalUsd;
                capitalVnd = state.RegisteredCapitalVnd;
            }
        }
        return Map(p, status, capitalUsd, capitalVnd,
            [.. events.OrderBy(e => e.EffectiveDate).ThenBy(e => e.RecordedAt).Select(e => e.ToDto(!effective.Contains(e.Id)))], asOf);
    }

    private static partial CapitalEventDto Map(CapitalEvent capitalEvent, bool isSuperseded);

    [MapProperty(nameof(Project.ConcurrencyToken), nameof(ProjectDto.Version), Use = nameof(FormatVersion))]
    private static partial ProjectDto Map(Project project, ProjectStatus status, decimal registeredCapitalUsd, decimal registeredCapitalVnd,
        IReadOnlyList<CapitalEventDto> capitalEvents, DateOnly? asOf);

    private static string FormatVersion(uint token) => RecordVersion.Format(token);

    [UserMapping(Default = false)]
    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
