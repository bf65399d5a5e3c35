using InvestAid.CapitalContributions;
using InvestAid.Common;
using InvestAid.Projects;

namespace InvestAid.TestBase.Reports;

/// <summary>
/// A seeded random province: FDI projects whose ledgers hold new registrations, increases, decreases, zero-change
/// adjustments, terminations and corrections of earlier entries (recorded out of date order, as officers do), and
/// capital contributions. Every entry goes through <see cref="Project.RecordCapitalEvent"/>, so the ledgers obey the
/// domain's rules; an entry the domain refuses is simply not made.
/// </summary>
public static class RandomFdiProvince
{
    private static readonly string?[] Sectors = ["10", "13", "22", "26", "27", "28", "41", "46", "52", "55", "62", "68", "C", "99", null];
    private static readonly string?[] Communes = ["33001", "33004", "33012", "33019", "33021", "33026", null];
    private static readonly string?[] Zones = ["KCN-TL2", "KCN-PNA", "KCN-MD", null, null];
    private static readonly string[] Countries = ["KR", "JP", "CN", "TW", "SG", "US", "DE", "HK", "VG"];

    public static (List<Project> Projects, List<CapitalContribution> Contributions) Generate(int seed, int projects, int contributions,
        int fromYear = 2021, int toYear = 2026)
    {
        var random = new Random(seed);
        var now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var first = new DateOnly(fromYear, 1, 1);
        var days = new DateOnly(toYear, 12, 31).DayNumber - first.DayNumber;
        DateOnly Day(DateOnly after) => after.AddDays(random.Next(0, Math.Max(1, new DateOnly(toYear, 12, 31).DayNumber - after.DayNumber + 1)));
        decimal Money(int maxMillions) => Math.Round((decimal)random.NextDouble() * maxMillions * 1_000_000m, 2) + 0.01m;

        var list = new List<Project>();
        for (var i = 0; i < projects; i++)
        {
            var investors = Enumerable.Range(0, random.Next(0, 4))
                .Select(k => new Investor($"Investor {i}-{k}", Countries[random.Next(Countries.Length)]))
                .ToList();
            var project = new Project($"FDI-R{seed}-{i:D5}", ProjectKind.Fdi, new ProjectProfile
            {
                NameVi = $"Dự án ngẫu nhiên {seed}-{i}",
                SectorCode = Sectors[random.Next(Sectors.Length)],
                CommuneCode = Communes[random.Next(Communes.Length)],
                IndustrialZoneCode = Zones[random.Next(Zones.Length)],
                Investors = investors,
            }, now);
            var registeredOn = first.AddDays(random.Next(0, days + 1));
            var tick = 0;
            void Record(CapitalEventType type, DateOnly on, decimal usd, Guid? corrects)
            {
                try
                {
                    project.RecordCapitalEvent(type, on, usd, usd * 25_000m, null, null, corrects, now.AddMinutes(tick++), "test");
                }
                catch (DomainException)
                {
                    // The domain refused it (e.g. capital would drop to zero): the ledger stays as it was.
                }
            }
            Record(CapitalEventType.NewRegistration, registeredOn, Money(80), null);
            var steps = random.Next(0, 7);
            for (var s = 0; s < steps; s++)
            {
                var effective = CapitalLedger.Effective(project.CapitalEvents).ToList();
                var registration = effective.FirstOrDefault(e => e.Type == CapitalEventType.NewRegistration);
                var capital = effective.Sum(e => e.CapitalChangeUsd);
                var roll = random.Next(100);
                if (roll < 45 && registration is not null)
                {
                    var change = random.Next(6) switch
                    {
                        0 => 0m,
                        1 or 2 => -Math.Round(capital * (decimal)random.NextDouble() * 0.9m, 2),
                        _ => Money(30),
                    };
                    Record(CapitalEventType.Adjustment, Day(registration.EffectiveDate), change, null);
                }
                else if (roll < 60 && registration is not null)
                {
                    Record(CapitalEventType.Termination, Day(registration.EffectiveDate), 0m, null);
                }
                else if (effective.Count > 0)
                {
                    // A correction of an entry in force: same type, another day and/or amount.
                    var target = effective[random.Next(effective.Count)];
                    var on = target.Type == CapitalEventType.NewRegistration
                        ? first.AddDays(random.Next(0, days + 1))
                        : Day(registration?.EffectiveDate ?? first);
                    var usd = target.Type switch
                    {
                        CapitalEventType.NewRegistration => Money(80),
                        CapitalEventType.Termination => 0m,
                        _ => random.Next(2) == 0 ? Money(20) : -Math.Round(Math.Abs(target.CapitalChangeUsd) / 2, 2),
                    };
                    Record(target.Type, on, usd, target.Id);
                }
            }
            list.Add(project);
        }

        var notices = new List<CapitalContribution>();
        for (var i = 0; i < contributions; i++)
        {
            notices.Add(new CapitalContribution(new CapitalContributionData(
                $"Buyer {i}", Countries[random.Next(Countries.Length)], $"Công ty mục tiêu {i}", null, Money(10), null,
                first.AddDays(random.Next(0, days + 1)), Sectors[random.Next(Sectors.Length)], Communes[random.Next(Communes.Length)],
                Zones[random.Next(Zones.Length)], null), now));
        }
        return (list, notices);
    }
}
