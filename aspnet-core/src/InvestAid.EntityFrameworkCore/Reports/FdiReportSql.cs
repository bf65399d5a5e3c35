using InvestAid.Reports;

namespace InvestAid.EntityFrameworkCore.Reports;

/// <summary>
/// The monthly FDI figures as ONE SQL statement per figure set. The ledger is read as known now: an entry is in
/// force unless some entry corrects it (anti-join on <c>corrects_event_id</c>, indexed), and only entries dated on
/// or before the cut-off count. The grouping key is one of the fixed expressions below, never user input.
/// </summary>
public static class FdiReportSql
{
    private const string ProjectSection =
        "CASE WHEN p.sector_code ~ '^[A-Z]$' THEN p.sector_code " +
        "ELSE (SELECT r.parent_code FROM reference_items r WHERE r.kind = 'VsicDivision' AND r.code = p.sector_code) END";

    private const string ContributionSection =
        "CASE WHEN c.sector_code ~ '^[A-Z]$' THEN c.sector_code " +
        "ELSE (SELECT r.parent_code FROM reference_items r WHERE r.kind = 'VsicDivision' AND r.code = c.sector_code) END";

    /// <summary>The project's partner country is its first investor's (the investor row inserted first).</summary>
    private const string ProjectCountry = "(SELECT i.country_code FROM project_investors i WHERE i.project_id = p.id ORDER BY i.id LIMIT 1)";

    public static (string Project, string Contribution) KeyExpressions(FdiDimension dimension) => dimension switch
    {
        FdiDimension.Total => ("''", "''"),
        FdiDimension.Country => (ProjectCountry, "c.country_code"),
        FdiDimension.Section => (ProjectSection, ContributionSection),
        FdiDimension.Commune => ("p.commune_code", "c.commune_code"),
        FdiDimension.IndustrialZone => ("p.industrial_zone_code", "c.industrial_zone_code"),
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, null),
    };

    /// <summary>Parameters: @from, @to (dates, both included). Columns: key, then the figures in <see cref="FdiFigures"/> order.</summary>
    public static string Figures(FdiDimension dimension)
    {
        var (projectKey, contributionKey) = KeyExpressions(dimension);
        return $"""
            WITH per_project AS (
              SELECT e.project_id,
                     bool_or(e.type = 'NewRegistration') AS registered,
                     min(e.effective_date) FILTER (WHERE e.type = 'Termination') AS terminated_on,
                     sum(e.capital_change_usd) AS capital,
                     count(*) FILTER (WHERE e.type = 'NewRegistration' AND e.effective_date >= @from) AS new_n,
                     coalesce(sum(e.capital_change_usd) FILTER (WHERE e.type = 'NewRegistration' AND e.effective_date >= @from), 0) AS new_usd,
                     count(*) FILTER (WHERE e.type = 'Adjustment' AND e.effective_date >= @from) AS adj_n,
                     count(*) FILTER (WHERE e.type = 'Adjustment' AND e.effective_date >= @from AND e.capital_change_usd > 0) AS inc_n,
                     coalesce(sum(e.capital_change_usd) FILTER (WHERE e.type = 'Adjustment' AND e.effective_date >= @from AND e.capital_change_usd > 0), 0) AS inc_usd,
                     count(*) FILTER (WHERE e.type = 'Adjustment' AND e.effective_date >= @from AND e.capital_change_usd < 0) AS dec_n,
                     coalesce(-sum(e.capital_change_usd) FILTER (WHERE e.type = 'Adjustment' AND e.effective_date >= @from AND e.capital_change_usd < 0), 0) AS dec_usd
              FROM capital_events e
              WHERE e.effective_date <= @to
                AND NOT EXISTS (SELECT 1 FROM capital_events x WHERE x.corrects_event_id IS NOT NULL AND x.corrects_event_id = e.id)
              GROUP BY e.project_id
            ),
            ledger AS (
              SELECT coalesce({projectKey}, '') AS key,
                     sum(pp.new_n)::int AS new_n,
                     sum(pp.new_usd) AS new_usd,
                     (count(*) FILTER (WHERE pp.adj_n > 0))::int AS adjusted,
                     sum(pp.inc_n)::int AS inc_n,
                     sum(pp.inc_usd) AS inc_usd,
                     sum(pp.dec_n)::int AS dec_n,
                     sum(pp.dec_usd) AS dec_usd,
                     (count(*) FILTER (WHERE pp.terminated_on >= @from))::int AS term_n,
                     coalesce(sum((SELECT sum(t.capital_change_usd) FROM capital_events t
                                   WHERE t.project_id = pp.project_id AND t.effective_date <= pp.terminated_on
                                     AND NOT EXISTS (SELECT 1 FROM capital_events x WHERE x.corrects_event_id IS NOT NULL AND x.corrects_event_id = t.id)))
                                  FILTER (WHERE pp.terminated_on >= @from), 0) AS term_usd,
                     (count(*) FILTER (WHERE pp.registered AND pp.terminated_on IS NULL))::int AS valid_n,
                     coalesce(sum(pp.capital) FILTER (WHERE pp.registered AND pp.terminated_on IS NULL), 0) AS valid_usd
              FROM per_project pp
              JOIN projects p ON p.id = pp.project_id
              GROUP BY 1
            ),
            contributions AS (
              SELECT coalesce({contributionKey}, '') AS key, count(*)::int AS n, sum(c.value_usd) AS usd
              FROM capital_contributions c
              WHERE c.date BETWEEN @from AND @to
              GROUP BY 1
            )
            SELECT coalesce(l.key, c.key) AS key,
                   coalesce(l.new_n, 0), coalesce(l.new_usd, 0), coalesce(l.adjusted, 0),
                   coalesce(l.inc_n, 0), coalesce(l.inc_usd, 0), coalesce(l.dec_n, 0), coalesce(l.dec_usd, 0),
                   coalesce(c.n, 0), coalesce(c.usd, 0),
                   coalesce(l.term_n, 0), coalesce(l.term_usd, 0),
                   coalesce(l.valid_n, 0), coalesce(l.valid_usd, 0)
            FROM ledger l
            FULL JOIN contributions c ON c.key = l.key
            ORDER BY 1
            """;
    }

    /// <summary>New + added capital per month. Parameters: @from, @to.</summary>
    public const string NewAndAddedByMonth = """
        SELECT extract(year FROM e.effective_date)::int, extract(month FROM e.effective_date)::int, sum(e.capital_change_usd)
        FROM capital_events e
        WHERE e.effective_date BETWEEN @from AND @to
          AND (e.type = 'NewRegistration' OR (e.type = 'Adjustment' AND e.capital_change_usd > 0))
          AND NOT EXISTS (SELECT 1 FROM capital_events x WHERE x.corrects_event_id IS NOT NULL AND x.corrects_event_id = e.id)
        GROUP BY 1, 2
        ORDER BY 1, 2
        """;

    /// <summary>Aid registered (agreement / approval date) in the period. Parameters: @kinds (text[]), @from, @to.</summary>
    public const string AidCommitments = """
        SELECT count(*)::int, coalesce(sum(p.registered_capital_usd), 0)
        FROM projects p
        WHERE p.kind = ANY(@kinds) AND p.registered_on BETWEEN @from AND @to
          AND p.status IN ('Approved', 'Active', 'Completed')
        """;
}
