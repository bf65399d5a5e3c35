using System.Globalization;
using InvestAid.Projects;
using InvestAid.ReferenceData;
using InvestAid.ReferenceData.Catalog;

namespace InvestAid.Demo;

/// <summary>
/// Builds a believable registry for the demo province, using only the public domain API (constructors,
/// <see cref="Project.Update"/>, <see cref="Project.RecordCapitalEvent"/>, the status methods), so every
/// invariant holds. Deterministic: a fixed seed, and business dates that do not depend on
/// <c>now</c> (they run from 2015 to <see cref="LastDemoDay"/>); <c>now</c> is only the recording time.
/// Every code used exists in <see cref="ReferenceCatalog"/>. Company names are invented.
/// </summary>
public static partial class DemoDataFactory
{
    public const int Seed = 20260101;
    public const string RecordedBy = "demo";

    public static DateOnly FirstDemoDay => new(2015, 1, 1);
    public static DateOnly LastDemoDay => new(2026, 10, 31);

    public static DemoData Create(DateTimeOffset now)
    {
        var rng = new Random(Seed);
        var projects = new List<Project>();
        projects.AddRange(CreateFdiProjects(rng, now));
        projects.AddRange(CreateOdaProjects(now));
        projects.AddRange(CreateNgoProjects(now));
        var contributions = CreateContributions(rng, now);
        return new DemoData(projects, contributions, CreateFinance(projects, now));
    }

    /// <summary>Vietnamese number style (1.234.567), without depending on ICU culture data.</summary>
    private static readonly NumberFormatInfo Vi = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = "," };

    /// <summary>Average USD/VND rate of a year (State Bank central rate / commercial banks, rounded).</summary>
    private static decimal UsdVndRate(int year) => year switch
    {
        <= 2015 => 21_900m,
        2016 => 22_300m,
        2017 => 22_700m,
        2018 => 23_000m,
        2019 => 23_200m,
        2020 => 23_150m,
        2021 => 22_950m,
        2022 => 23_500m,
        2023 => 24_000m,
        2024 => 25_000m,
        2025 => 26_000m,
        _ => 26_300m,
    };

    /// <summary>The year's rate moved by up to ±0.5 %, to the nearest 10 dong.</summary>
    private static decimal RateOn(Random rng, DateOnly day) =>
        Math.Round(UsdVndRate(day.Year) * (1m + (decimal)((rng.NextDouble() - 0.5) * 0.01)) / 10m, 0) * 10m;

    private static DateOnly RandomDay(Random rng, DateOnly from, DateOnly to) =>
        from.AddDays(rng.Next(to.DayNumber - from.DayNumber + 1));

    private static T Pick<T>(Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    private static T PickWeighted<T>(Random rng, IReadOnlyList<(T Item, int Weight)> items)
    {
        var roll = rng.Next(items.Sum(i => i.Weight));
        foreach (var (item, weight) in items)
        {
            if (roll < weight)
            {
                return item;
            }
            roll -= weight;
        }
        return items[^1].Item;
    }

    /// <summary>Log-uniform between the bounds, so small projects are many and large ones few.</summary>
    private static decimal LogUniform(Random rng, double min, double max) =>
        (decimal)Math.Exp(Math.Log(min) + rng.NextDouble() * (Math.Log(max) - Math.Log(min)));

    /// <summary>Rounded as certificates state capital: to 1,000 USD below 1 million, to 10,000 USD above.</summary>
    private static decimal RoundCapital(decimal usd) => usd < 1_000_000m
        ? Math.Round(usd / 1_000m, 0, MidpointRounding.AwayFromZero) * 1_000m
        : Math.Round(usd / 10_000m, 0, MidpointRounding.AwayFromZero) * 10_000m;

    /// <summary>VND rounded to the million, as certificates state it.</summary>
    private static decimal ToVnd(decimal usd, decimal rate) => Math.Round(usd * rate / 1_000_000m, 0, MidpointRounding.AwayFromZero) * 1_000_000m;

    private static string Usd(decimal amount) => amount.ToString("#,##0", Vi) + " USD";

    private static string NameOf(ReferenceKind kind, string code) => ReferenceCatalog.Get(kind, code).Data.NameVi;

    private static string Code(string series, int year, int number) => $"{series}-{year}-{number.ToString("0000", CultureInfo.InvariantCulture)}";
}
