using InvestAid.Common;
using Riok.Mapperly.Abstractions;

namespace InvestAid.Projects;

/// <summary>Compile-time mapping between the project aggregate and its DTOs.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class ProjectMapper
{
    public static partial FdiDetails ToDomain(this FdiDetailsDto dto);
    public static partial OdaDetails ToDomain(this OdaDetailsDto dto);
    public static partial NgoDetails ToDomain(this NgoDetailsDto dto);
    public static partial Investor ToDomain(this InvestorDto dto);
    public static partial FdiDetailsDto ToDto(this FdiDetails details);
    public static partial OdaDetailsDto ToDto(this OdaDetails details);
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

    public static CapitalEventDto ToDto(this CapitalEvent e, bool superseded) => new(
        e.Id, e.Type, e.EffectiveDate, e.CapitalChangeUsd, e.CapitalChangeVnd, e.CertificateNumber, e.Note,
        e.CorrectsEventId, superseded, e.RecordedAt, e.RecordedBy);

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
        return new ProjectDto
        {
            Id = p.Id,
            Code = p.Code,
            NationalCode = p.NationalCode,
            Kind = p.Kind,
            Status = status,
            NameVi = p.NameVi,
            NameEn = p.NameEn,
            OwnerName = p.OwnerName,
            OwnerUserId = p.OwnerUserId,
            CommuneCode = p.CommuneCode,
            CommuneCodes = p.CommuneCodes,
            IndustrialZoneCode = p.IndustrialZoneCode,
            Address = p.Address,
            Latitude = p.Latitude,
            Longitude = p.Longitude,
            SectorCode = p.SectorCode,
            DacCode = p.DacCode,
            DonorCode = p.DonorCode,
            PlannedStart = p.PlannedStart,
            PlannedEnd = p.PlannedEnd,
            ActualStart = p.ActualStart,
            ActualEnd = p.ActualEnd,
            Objectives = p.Objectives,
            RegisteredOn = p.RegisteredOn,
            RegisteredCapitalUsd = capitalUsd,
            RegisteredCapitalVnd = capitalVnd,
            Fdi = p.Fdi?.ToDto(),
            Oda = p.Oda?.ToDto(),
            Ngo = p.Ngo?.ToDto(),
            Investors = p.Investors.Select(i => i.ToDto()).ToList(),
            CapitalEvents = events.OrderBy(e => e.EffectiveDate).ThenBy(e => e.RecordedAt)
                .Select(e => e.ToDto(!effective.Contains(e.Id))).ToList(),
            AsOf = asOf,
            CreatedAt = p.CreatedAt,
            UpdatedAt = p.UpdatedAt,
            Version = RecordVersion.Format(p.ConcurrencyToken),
        };
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
