using InvestAid.Reports;

namespace InvestAid.EntityFrameworkCore.Reports;

/// <summary>
/// The monthly FDI figures as ONE SQL statement per figure set (or one for totals and all breakdowns). The ledger is read
/// as known now — an entry is in force unless some entry corrects it — through <c>capital_ledger_days</c>, which the
/// database derives from <c>capital_events</c> in the statement that appends to it; only days on or before the cut-off count. The grouping key is one of the fixed expressions below, never user input.
/// Every statement takes the caller's figure scope (docs/security.md) as @all (boolean) and @visible (uuid[]): with @all false only
/// the projects in @visible count, and the capital contributions linked to one of them (a contribution linked to no project counts
/// only with @all).
/// </summary>
public static class FdiReportSql
{
    /// <summary>
    /// The ledger rows of the period from <c>capital_ledger_days</c> (the ledger in force, derived by the database), each
    /// with the project's four breakdown keys: the period's movements are the days @from … @to summed per project (at
    /// most one row per project, so "projects adjusted" is a plain sum), the state on the cut-off is the one row per
    /// project whose [day, until) holds @to. The keys come from hash joins (first investor's
    /// country, the sector's VSIC section, commune, industrial zone), '' when the project has none.
    /// </summary>
    private const string KeyedRows = """
        period AS (
          SELECT d.project_id, sum(d.new_n) AS new_n, sum(d.new_usd) AS new_usd, bool_or(d.adj_n > 0)::int AS adjusted,
                 sum(d.inc_n) AS inc_n, sum(d.increase_usd) AS inc_usd, sum(d.dec_n) AS dec_n, sum(d.decrease_usd) AS dec_usd,
                 count(*) FILTER (WHERE d.terminates) AS term_n, coalesce(sum(d.capital_usd) FILTER (WHERE d.terminates), 0) AS term_usd
          FROM capital_ledger_days d
          WHERE d.day BETWEEN @from AND @to AND (@all OR d.project_id = ANY(@visible))
          GROUP BY d.project_id
        ),
        ledger_rows AS (
          SELECT pr.*, 0 AS valid_n, 0 AS valid_usd
          FROM period pr
          UNION ALL
          SELECT d.project_id, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, d.capital_usd
          FROM capital_ledger_days d
          WHERE d.registered AND NOT d.terminated AND d.until > @to AND d.day <= @to AND (@all OR d.project_id = ANY(@visible))
        ),
        first_investor AS (
          SELECT DISTINCT ON (i.project_id) i.project_id, i.country_code
          FROM project_investors i
          ORDER BY i.project_id, i.id
        ),
        keyed AS (
          SELECT r.*,
                 coalesce(fi.country_code, '') AS country,
                 coalesce(CASE WHEN p.sector_code ~ '^[A-Z]$' THEN p.sector_code ELSE v.parent_code END, '') AS section,
                 coalesce(p.commune_code, '') AS commune,
                 coalesce(p.industrial_zone_code, '') AS zone
          FROM ledger_rows r
          JOIN projects p ON p.id = r.project_id
          LEFT JOIN first_investor fi ON fi.project_id = r.project_id
          LEFT JOIN reference_items v ON v.kind = 'VsicDivision' AND v.code = p.sector_code
        )
        """;

    /// <summary>The figure columns summed over <c>keyed</c> rows, in <see cref="FdiFigures"/> order less contributions.</summary>
    private const string LedgerSums = """
        coalesce(sum(new_n), 0)::int AS new_n, coalesce(sum(new_usd), 0) AS new_usd,
        coalesce(sum(adjusted), 0)::int AS adjusted,
        coalesce(sum(inc_n), 0)::int AS inc_n, coalesce(sum(inc_usd), 0) AS inc_usd,
        coalesce(sum(dec_n), 0)::int AS dec_n, coalesce(sum(dec_usd), 0) AS dec_usd,
        coalesce(sum(term_n), 0)::int AS term_n, coalesce(sum(term_usd), 0) AS term_usd,
        coalesce(sum(valid_n), 0)::int AS valid_n, coalesce(sum(valid_usd), 0) AS valid_usd
        """;

    private const string ContributionKeys = """
        SELECT coalesce(c.country_code, '') AS country,
               coalesce(CASE WHEN c.sector_code ~ '^[A-Z]$' THEN c.sector_code ELSE v.parent_code END, '') AS section,
               coalesce(c.commune_code, '') AS commune,
               coalesce(c.industrial_zone_code, '') AS zone,
               c.value_usd
        FROM capital_contributions c
        LEFT JOIN reference_items v ON v.kind = 'VsicDivision' AND v.code = c.sector_code
        WHERE c.date BETWEEN @from AND @to AND (@all OR c.project_id = ANY(@visible))
        """;

    /// <summary>
    /// The totals of the period in one statement that touches only the index of <c>capital_ledger_days</c> twice (the
    /// period's days; the states on the cut-off) and the contributions. Parameters: @from, @to. One row, columns as
    /// <see cref="Figures"/>.
    /// </summary>
    public const string Totals = """
        WITH period AS (
          SELECT coalesce(sum(d.new_n), 0)::int AS new_n, coalesce(sum(d.new_usd), 0) AS new_usd,
                 (count(DISTINCT d.project_id) FILTER (WHERE d.adj_n > 0))::int AS adjusted,
                 coalesce(sum(d.inc_n), 0)::int AS inc_n, coalesce(sum(d.increase_usd), 0) AS inc_usd,
                 coalesce(sum(d.dec_n), 0)::int AS dec_n, coalesce(sum(d.decrease_usd), 0) AS dec_usd,
                 (count(*) FILTER (WHERE d.terminates))::int AS term_n, coalesce(sum(d.capital_usd) FILTER (WHERE d.terminates), 0) AS term_usd
          FROM capital_ledger_days d
          WHERE d.day BETWEEN @from AND @to AND (@all OR d.project_id = ANY(@visible))
        ),
        valid AS (
          SELECT count(*)::int AS n, coalesce(sum(d.capital_usd), 0) AS usd
          FROM capital_ledger_days d
          WHERE d.registered AND NOT d.terminated AND d.until > @to AND d.day <= @to AND (@all OR d.project_id = ANY(@visible))
        ),
        contributions AS (
          SELECT count(*)::int AS n, coalesce(sum(c.value_usd), 0) AS usd
          FROM capital_contributions c
          WHERE c.date BETWEEN @from AND @to AND (@all OR c.project_id = ANY(@visible))
        )
        SELECT '' AS key, p.new_n, p.new_usd, p.adjusted, p.inc_n, p.inc_usd, p.dec_n, p.dec_usd, c.n, c.usd,
               p.term_n, p.term_usd, v.n, v.usd
        FROM period p, valid v, contributions c
        """;

    /// <summary>Parameters: @from, @to (dates, both included). Columns: key, then the figures in <see cref="FdiFigures"/> order.</summary>
    public static string Figures(FdiDimension dimension)
    {
        if (dimension == FdiDimension.Total)
        {
            return Totals;
        }
        var key = KeyColumn(dimension);
        return $"""
            WITH {KeyedRows},
            ledger AS (
              SELECT {key} AS key, {LedgerSums}
              FROM keyed
              GROUP BY 1
            ),
            contributions AS (
              SELECT {key} AS key, count(*)::int AS n, sum(value_usd) AS usd
              FROM ({ContributionKeys}) c
              GROUP BY 1
            )
            {Combine("")}
            ORDER BY 1
            """;
    }

    private static string KeyColumn(FdiDimension dimension) => dimension switch
    {
        FdiDimension.Country => "country",
        FdiDimension.Section => "section",
        FdiDimension.Commune => "commune",
        FdiDimension.IndustrialZone => "zone",
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, null),
    };

    private static string Combine(string dimensionColumn) => $"""
        SELECT {dimensionColumn}coalesce(l.key, c.key) AS key,
               coalesce(l.new_n, 0), coalesce(l.new_usd, 0), coalesce(l.adjusted, 0),
               coalesce(l.inc_n, 0), coalesce(l.inc_usd, 0), coalesce(l.dec_n, 0), coalesce(l.dec_usd, 0),
               coalesce(c.n, 0), coalesce(c.usd, 0),
               coalesce(l.term_n, 0), coalesce(l.term_usd, 0),
               coalesce(l.valid_n, 0), coalesce(l.valid_usd, 0)
        FROM ledger l
        FULL JOIN contributions c ON {(dimensionColumn.Length == 0 ? "" : "c.dim = l.dim AND ")}c.key = l.key
        """;

    /// <summary>The grouping sets of <see cref="AllFigures"/>: GROUPING(country, section, commune, zone) of each dimension.</summary>
    public static FdiDimension DimensionOfGrouping(int grouping) => grouping switch
    {
        15 => FdiDimension.Total,
        7 => FdiDimension.Country,
        11 => FdiDimension.Section,
        13 => FdiDimension.Commune,
        14 => FdiDimension.IndustrialZone,
        _ => throw new ArgumentOutOfRangeException(nameof(grouping), grouping, null),
    };

    /// <summary>
    /// Totals and the four breakdowns of a period in ONE pass: the keyed ledger rows are read once and summed over
    /// GROUPING SETS (hashed, one pass). Parameters: @from, @to. Columns: grouping (see <see cref="DimensionOfGrouping"/>), key, then the
    /// figures in <see cref="FdiFigures"/> order.
    /// </summary>
    public static readonly string AllFigures = $"""
        WITH {KeyedRows},
        ledger AS (
          SELECT GROUPING(country, section, commune, zone) AS dim,
                 CASE GROUPING(country, section, commune, zone) WHEN 7 THEN country WHEN 11 THEN section WHEN 13 THEN commune WHEN 14 THEN zone ELSE '' END AS key,
                 {LedgerSums}
          FROM keyed
          GROUP BY GROUPING SETS ((), (country), (section), (commune), (zone))
        ),
        contributions AS (
          SELECT GROUPING(country, section, commune, zone) AS dim,
                 CASE GROUPING(country, section, commune, zone) WHEN 7 THEN country WHEN 11 THEN section WHEN 13 THEN commune WHEN 14 THEN zone ELSE '' END AS key,
                 count(*)::int AS n, coalesce(sum(value_usd), 0) AS usd
          FROM ({ContributionKeys}) c
          GROUP BY GROUPING SETS ((), (country), (section), (commune), (zone))
        )
        {Combine("coalesce(l.dim, c.dim) AS dim, ")}
        """;

    /// <summary>New + added capital per month. Parameters: @from, @to.</summary>
    public const string NewAndAddedByMonth = """
        SELECT extract(year FROM e.effective_date)::int, extract(month FROM e.effective_date)::int, sum(e.capital_change_usd)
        FROM capital_events e
        WHERE e.effective_date BETWEEN @from AND @to AND (@all OR e.project_id = ANY(@visible))
          AND (e.type = 'NewRegistration' OR (e.type = 'Adjustment' AND e.capital_change_usd > 0))
          AND NOT EXISTS (SELECT 1 FROM capital_events x WHERE x.corrects_event_id IS NOT NULL AND x.corrects_event_id = e.id)
        GROUP BY 1, 2
        ORDER BY 1, 2
        """;

    /// <summary>Aid registered (agreement / approval date) in the period. Parameters: @kinds (text[]), @from, @to.</summary>
    public const string AidCommitments = """
        SELECT count(*)::int, coalesce(sum(p.registered_capital_usd), 0)
        FROM projects p
        WHERE p.kind = ANY(@kinds) AND p.registered_on BETWEEN @from AND @to AND (@all OR p.id = ANY(@visible))
          AND p.status IN ('Approved', 'Active', 'Completed')
        """;

    /// <summary>
    /// Implemented capital of quarters 1 … @quarters of @year, expected and missing reports. A project is due a report
    /// for a quarter when its (effective) new registration is dated by the quarter's end and it was not terminated
    /// before the quarter's start; it is missing while the enterprise has no quarterly report for it filed or accepted
    /// (a returned or superseded one does not count), as the list of enterprises that have not filed says.
    /// Columns: usd, vnd, expected, missing.
    /// </summary>
    public const string ImplementedCapital = """
        WITH q AS (
          SELECT n AS quarter, make_date(@year, n * 3 - 2, 1) AS q_start, (make_date(@year, n * 3, 1) + interval '1 month - 1 day')::date AS q_end
          FROM generate_series(1, @quarters) n
        ),
        fdi AS (
          SELECT d.project_id,
                 min(d.day) FILTER (WHERE d.new_n > 0) AS registered_on,
                 min(d.day) FILTER (WHERE d.terminates) AS terminated_on
          FROM capital_ledger_days d
          JOIN projects p ON p.id = d.project_id AND p.kind = 'Fdi'
          WHERE (d.new_n > 0 OR d.terminates) AND (@all OR d.project_id = ANY(@visible))
          GROUP BY d.project_id
        ),
        due AS (
          SELECT f.project_id, q.quarter
          FROM fdi f JOIN q ON f.registered_on <= q.q_end AND (f.terminated_on IS NULL OR f.terminated_on >= q.q_start)
        ),
        reported AS (
          SELECT r.project_id, r.quarter, r.amount_usd, r.amount_vnd
          FROM implemented_capital_reports r
          JOIN projects p ON p.id = r.project_id AND p.kind = 'Fdi'
          WHERE r.year = @year AND r.quarter <= @quarters AND (@all OR r.project_id = ANY(@visible))
        )
        SELECT (SELECT coalesce(sum(amount_usd), 0) FROM reported),
               (SELECT coalesce(sum(amount_vnd), 0) FROM reported),
               (SELECT count(*) FROM due)::int,
               (SELECT count(*) FROM due d WHERE NOT EXISTS (
                  SELECT 1 FROM enterprise_reports e
                  WHERE e.project_id = d.project_id AND e.period_kind = 'Quarterly' AND e.year = @year AND e.quarter = d.quarter
                    AND e.status IN ('Filed', 'Accepted')))::int
        """;
}
