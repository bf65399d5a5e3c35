using InvestAid.Projects;
using InvestAid.ReferenceData;
using InvestAid.ReferenceData.Catalog;

namespace InvestAid.Demo;

public static partial class DemoDataFactory
{
    public const int FdiProjectCount = 120;
    /// <summary>About 8 % of the FDI projects end (terminated by the investor or revoked).</summary>
    public const int TerminatedFdiProjectCount = 10;

    private sealed record FdiPlan(
        int Index, DateOnly RegisteredOn, DemoNames.CountryNames Country, string Stem, string? City, DemoNames.Line Line,
        string? SecondInvestorCountry, string? ZoneCode, string CommuneCode, decimal CapitalUsd, bool Terminates = false);

    /// <summary>Zones weighted as investors favour them: the older Hưng Yên parks draw most projects.</summary>
    private static readonly (string Zone, int Weight)[] ZoneWeights =
    [
        ("KCN-TL2", 14), ("KCN-PNA", 12), ("KCN-MD", 8), ("KCN-YM2", 8), ("KCN-TD", 5), ("KCN-TH", 6),
        ("KCN-ST", 4), ("KCN-GL", 4), ("KCN-PK", 4), ("KCN-NDC", 4), ("KCN-CN", 3), ("KCN-LHT", 5),
    ];

    private static readonly string[] FdiCommunes =
        ["33001", "33003", "33004", "33005", "33006", "33007", "33009", "33012", "33013", "33014", "33015", "33016",
         "33019", "33020", "33022", "33023", "33026", "33027", "33028", "33029", "33031"];

    private static readonly string[] OtherChanges =
    [
        "Điều chỉnh tiến độ thực hiện dự án",
        "Bổ sung mục tiêu hoạt động của dự án",
        "Thay đổi thông tin nhà đầu tư (địa chỉ trụ sở, người đại diện)",
        "Điều chỉnh quy mô, công suất thiết kế của dự án",
    ];

    private static List<Project> CreateFdiProjects(Random rng, DateTimeOffset now)
    {
        var plans = new List<FdiPlan>();
        var countryWeights = DemoNames.Countries.Select(c => (c, c.Weight)).ToList();
        var lineWeights = DemoNames.Lines.Select(l => (l, l.Weight)).ToList();
        for (var i = 0; i < FdiProjectCount; i++)
        {
            var country = PickWeighted(rng, countryWeights);
            var line = PickWeighted(rng, lineWeights);
            var stem = Pick(rng, country.Stems);
            var city = country.Cities is { } cities ? Pick(rng, cities) : null;
            var day = RandomDay(rng, FirstDemoDay, LastDemoDay);
            // One project in eight has a second investor, mostly a compatriot partner or a Singapore/Hong Kong holding.
            string? second = rng.Next(8) == 0 ? Pick(rng, new[] { country.Country, "SG", "HK", "VG" }) : null;
            string? zone = line.InZone || rng.Next(4) == 0 ? PickWeighted(rng, ZoneWeights) : null;
            var commune = zone is not null ? ReferenceCatalog.Get(ReferenceKind.IndustrialZone, zone).Data.ParentCode! : Pick(rng, FdiCommunes);
            var capital = RoundCapital(LogUniform(rng, 500_000, 300_000_000));
            plans.Add(new FdiPlan(i, day, country, stem, city, line, second, zone, commune, capital));
        }

        // The projects that end: drawn among those registered before 2024, so that they had time to fail.
        var candidates = plans.Where(p => p.RegisteredOn.Year < 2024).Select(p => p.Index).ToList();
        for (var n = 0; n < TerminatedFdiProjectCount && candidates.Count > 0; n++)
        {
            var index = candidates[rng.Next(candidates.Count)];
            candidates.Remove(index);
            plans[index] = plans[index] with { Terminates = true };
        }

        var projects = new List<Project>();
        var usedNames = new HashSet<string>(StringComparer.Ordinal);
        var usedIrc = new HashSet<string>(StringComparer.Ordinal);
        foreach (var year in plans.OrderBy(p => p.RegisteredOn).ThenBy(p => p.Index).GroupBy(p => p.RegisteredOn.Year))
        {
            var number = 0;
            foreach (var plan in year)
            {
                var code = Code(ProjectCodes.Series(ProjectKind.Fdi), year.Key, ++number);
                projects.Add(CreateFdiProject(rng, plan, code, usedNames, usedIrc, now));
            }
        }
        return projects;
    }

    private static Project CreateFdiProject(Random rng, FdiPlan plan, string code, HashSet<string> usedNames, HashSet<string> usedIrc,
        DateTimeOffset now)
    {
        var (country, line, stem) = (plan.Country, plan.Line, plan.Stem);
        var nameVi = $"Dự án {line.ProjectVi} {stem} Việt Nam";
        var nameEn = $"{stem} Vietnam {line.ProjectEn}";
        for (var phase = 2; !usedNames.Add(nameVi); phase++)
        {
            nameVi = $"Dự án {line.ProjectVi} {stem} Việt Nam – giai đoạn {phase}";
            nameEn = $"{stem} Vietnam {line.ProjectEn} – phase {phase}";
        }
        var ownerName = $"Công ty TNHH {line.OwnerVi} {stem} Việt Nam";
        var parent = plan.City is null ? $"{stem} {line.IndustryEn} {country.Suffix}" : $"{plan.City} {stem} {line.IndustryEn} {country.Suffix}";
        var investors = new List<Investor> { new(parent, country.Country) };
        if (plan.SecondInvestorCountry is { } secondCountry)
        {
            var names = DemoNames.Countries.First(c => c.Country == secondCountry);
            var partnerStem = names.Stems.FirstOrDefault(s => s != stem) ?? names.Stems[0];
            investors.Add(new Investor($"{partnerStem} Investment {names.Suffix}", secondCountry));
        }

        string irc;
        do
        {
            irc = rng.NextInt64(1_000_000_000L, 10_000_000_000L).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        while (!usedIrc.Add(irc));

        var duration = plan.ZoneCode is not null ? 50 : Pick(rng, new[] { 30, 40, 50 });
        var plannedStart = plan.RegisteredOn.AddDays(30 + rng.Next(90));
        var actualStart = plannedStart.AddDays(rng.Next(150));
        var address = plan.ZoneCode is { } zone
            ? $"Lô {(char)('A' + rng.Next(8))}{1 + rng.Next(24)}, {NameOf(ReferenceKind.IndustrialZone, zone)}, {NameOf(ReferenceKind.AdministrativeUnit, plan.CommuneCode)}, tỉnh Hưng Yên"
            : $"{NameOf(ReferenceKind.AdministrativeUnit, plan.CommuneCode)}, tỉnh Hưng Yên";
        var profile = new ProjectProfile
        {
            NameVi = nameVi,
            NameEn = nameEn,
            NationalCode = irc,
            OwnerName = ownerName,
            CommuneCode = plan.CommuneCode,
            IndustrialZoneCode = plan.ZoneCode,
            Address = address,
            SectorCode = line.Division,
            PlannedStart = plannedStart,
            PlannedEnd = plan.RegisteredOn.AddYears(duration),
            ActualStart = actualStart <= LastDemoDay ? actualStart : null,
            Objectives = $"Đầu tư xây dựng {line.ProjectVi}; sản xuất, kinh doanh theo ngành VSIC {line.Division} "
                + $"({NameOf(ReferenceKind.VsicDivision, line.Division)}).",
            Fdi = new FdiDetails(irc, plan.RegisteredOn, duration),
            Investors = investors,
        };
        var project = new Project(code, ProjectKind.Fdi, profile, now);

        var rate = RateOn(rng, plan.RegisteredOn);
        project.RecordCapitalEvent(CapitalEventType.NewRegistration, plan.RegisteredOn, plan.CapitalUsd, ToVnd(plan.CapitalUsd, rate), irc,
            $"Cấp mới Giấy chứng nhận đăng ký đầu tư; vốn đầu tư {Usd(plan.CapitalUsd)}.", null, now, RecordedBy);

        var adjustments = PickWeighted(rng, new[] { (0, 35), (1, 30), (2, 18), (3, 10), (4, 7) });
        var last = plan.RegisteredOn;
        var capital = plan.CapitalUsd;
        for (var n = 1; n <= adjustments; n++)
        {
            var day = last.AddDays(60 + rng.Next(840));
            if (day > LastDemoDay)
            {
                break;
            }
            var roll = rng.Next(100);
            decimal change;
            string note;
            if (roll < 70)
            {
                change = RoundCapital(capital * (decimal)(0.1 + rng.NextDouble() * 1.1));
                note = $"Điều chỉnh lần {n}: tăng vốn đầu tư từ {Usd(capital)} lên {Usd(capital + change)}.";
            }
            else if (roll < 85)
            {
                change = -RoundCapital(capital * (decimal)(0.1 + rng.NextDouble() * 0.3));
                note = $"Điều chỉnh lần {n}: giảm vốn đầu tư từ {Usd(capital)} xuống {Usd(capital + change)}.";
            }
            else
            {
                change = 0m;
                var what = Pick(rng, OtherChanges);
                note = $"Điều chỉnh lần {n}: {char.ToLowerInvariant(what[0])}{what[1..]}.";
            }
            var vnd = change == 0m ? 0m : ToVnd(change, RateOn(rng, day));
            project.RecordCapitalEvent(CapitalEventType.Adjustment, day, change, vnd, irc, note, null, now, RecordedBy);
            capital += change;
            last = day;
        }

        if (plan.Terminates)
        {
            var day = last.AddDays(180 + rng.Next(1000));
            day = day > LastDemoDay ? LastDemoDay : day;
            var note = rng.Next(3) == 0
                ? "Thu hồi Giấy chứng nhận đăng ký đầu tư: dự án không triển khai theo tiến độ đã đăng ký (Điều 48 Luật Đầu tư)."
                : "Nhà đầu tư quyết định chấm dứt hoạt động dự án (Điều 48 Luật Đầu tư).";
            project.RecordCapitalEvent(CapitalEventType.Termination, day, 0m, 0m, irc, note, null, now, RecordedBy);
        }
        return project;
    }
}
