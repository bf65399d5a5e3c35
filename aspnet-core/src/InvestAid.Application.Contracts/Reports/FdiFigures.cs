namespace InvestAid.Reports;

/// <summary>
/// One figure set of the monthly FDI summary for a period (1 January → cut-off), derived from the capital
/// ledger as we know it now (a correction replaces the entry it names). Amounts in USD.
/// </summary>
public sealed record FdiFigures
{
    /// <summary>Effective new registrations dated in the period.</summary>
    public int NewProjects { get; init; }
    public decimal NewCapitalUsd { get; init; }
    /// <summary>Projects with at least one adjustment dated in the period (whatever it changed).</summary>
    public int AdjustedProjects { get; init; }
    /// <summary>Adjustments (lượt điều chỉnh) in the period that increased capital, and the capital they added.</summary>
    public int IncreaseCount { get; init; }
    public decimal IncreaseCapitalUsd { get; init; }
    /// <summary>Adjustments in the period that decreased capital, and the capital they removed (a positive number).</summary>
    public int DecreaseCount { get; init; }
    public decimal DecreaseCapitalUsd { get; init; }
    /// <summary>Capital contribution / share purchase notices dated in the period.</summary>
    public int ContributionCount { get; init; }
    public decimal ContributionValueUsd { get; init; }
    /// <summary>Projects whose termination is dated in the period, and their registered capital on that day.</summary>
    public int TerminatedProjects { get; init; }
    public decimal TerminatedCapitalUsd { get; init; }
    /// <summary>New registered capital plus capital added by increases.</summary>
    public decimal TotalNewAndAddedUsd { get; init; }
    /// <summary>New + added capital + contributions and share purchases (the province's headline "total FDI attracted").</summary>
    public decimal TotalWithContributionsUsd { get; init; }
    /// <summary>Projects registered and not terminated on the cut-off day, and their registered capital then.</summary>
    public int ValidProjects { get; init; }
    public decimal ValidCapitalUsd { get; init; }

    public static FdiFigures Empty { get; } = new();

    /// <summary>Every figure by its camelCase name, in report order.</summary>
    public static IReadOnlyList<(string Name, Func<FdiFigures, decimal> Value)> Fields { get; } =
    [
        ("newProjects", f => f.NewProjects),
        ("newCapitalUsd", f => f.NewCapitalUsd),
        ("adjustedProjects", f => f.AdjustedProjects),
        ("increaseCount", f => f.IncreaseCount),
        ("increaseCapitalUsd", f => f.IncreaseCapitalUsd),
        ("decreaseCount", f => f.DecreaseCount),
        ("decreaseCapitalUsd", f => f.DecreaseCapitalUsd),
        ("contributionCount", f => f.ContributionCount),
        ("contributionValueUsd", f => f.ContributionValueUsd),
        ("terminatedProjects", f => f.TerminatedProjects),
        ("terminatedCapitalUsd", f => f.TerminatedCapitalUsd),
        ("totalNewAndAddedUsd", f => f.TotalNewAndAddedUsd),
        ("totalWithContributionsUsd", f => f.TotalWithContributionsUsd),
        ("validProjects", f => f.ValidProjects),
        ("validCapitalUsd", f => f.ValidCapitalUsd),
    ];
}
