using System.Collections.Concurrent;
using System.Data.Common;
using InvestAid.Audit;
using InvestAid.Common;
using InvestAid.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace InvestAid.EntityFrameworkCore.Projects;

/// <summary>
/// The project list in SQL, written by hand because officers run it all day: each filter is an indexed predicate;
/// the search matches every folded query word inside the folded search text (trigram index), so "thai binh" finds
/// "Thái Bình"; the investors' countries are a column of their own (GIN index), not a join.
/// <para>
/// The count is exact when it is cheap. On a large registry the filter is first counted on a sample of the table's
/// pages: a list the sample shows to be long gets that estimate (rounded, flagged) and its page by walking the sort
/// column's index; a short list gets its exact count and its page sorted from the matches, in one statement.
/// </para>
/// </summary>
public sealed class ProjectQueries(InvestAidDbContext db) : IProjectQueries
{
    /// <summary>Below this many projects every count is exact: counting is cheap at that size.</summary>
    public const int SampleFrom = 20_000;

    /// <summary>About this many rows are read by the sample.</summary>
    private const int SampleRows = 2_000;

    /// <summary>A list estimated at this many rows or more gets the estimate (±10 % or better: 100 sampled matches).</summary>
    public const int EstimateFrom = 5_000;

    /// <summary>How long the table's size and its sample's size are taken as known (per database, per process).</summary>
    private static readonly TimeSpan SampleBaseLife = TimeSpan.FromMinutes(1);

    private static readonly ConcurrentDictionary<string, SampleBase> SampleBases = new();

    private sealed record SampleBase(DateTime At, double Rows, double Percent, long SampledRows);

    public async Task<PagedResult<ProjectListItemDto>> ListAsync(ProjectQuery query, ProjectScope scope, CancellationToken cancellationToken = default)
    {
        var filter = ProjectListSql.Filter.Of(query, scope);
        var order = ProjectListSql.Order(query.Sort);
        var paging = $"ORDER BY {order} LIMIT {query.Size} OFFSET {(query.PageNumber - 1) * query.Size}";
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (await SampleBaseAsync(cancellationToken) is { } sample)
            {
                // SYSTEM sampling reads whole pages at random; REPEATABLE reads the same pages for the same table, so the
                // figure does not move between page turns. The share of sampled rows that match, times the table's rows.
                // Without a filter every sampled row matches: the estimate is the table's rows, no statement needed.
                var hits = filter.Where.Length == 0 ? sample.SampledRows : (long)(await Command(
                    $"SELECT count(*) FROM projects p TABLESAMPLE SYSTEM ({sample.Percent.ToString(System.Globalization.CultureInfo.InvariantCulture)}) REPEATABLE (0) {filter.Where}", filter)
                    .ExecuteScalarAsync(cancellationToken))!;
                var estimate = hits * sample.Rows / sample.SampledRows;
                if (estimate >= EstimateFrom)
                {
                    var longList = await ReadAsync(Command($"SELECT {ProjectListSql.Columns} FROM projects p {filter.Where} {paging}", filter), withTotal: false, cancellationToken);
                    if (longList.Items.Count is > 0 and var shown && shown < query.Size)
                    {
                        // The last page: the count is known exactly after all.
                        return new PagedResult<ProjectListItemDto>(longList.Items, (query.PageNumber - 1) * query.Size + shown, query.PageNumber, query.Size);
                    }
                    if (longList.Items.Count > 0 || query.PageNumber == 1)
                    {
                        return new PagedResult<ProjectListItemDto>(longList.Items, RoundEstimate(estimate), query.PageNumber, query.Size, TotalIsEstimate: true);
                    }
                    // Past the end of a list the estimate made longer than it is: the exact count below.
                }
            }
            // A short list: match first, then sort the matches. The subquery with OFFSET 0 is never flattened, so
            // PostgreSQL cannot walk the sort column's index testing thousands of rows for a rare match (its guess of
            // a LIKE's selectivity is poor); the window gives the exact count from the same scan. Only the page's ids
            // leave the match (PostgreSQL drops a subquery's unused columns), so a covering index answers it without
            // the table; the page's rows are read after, by key.
            var (items, total) = await ReadAsync(Command(
                $"""
                WITH page AS MATERIALIZED (
                    SELECT p.id, count(*) OVER () AS total FROM (SELECT * FROM projects p {filter.Where} OFFSET 0) p {paging})
                SELECT {ProjectListSql.Columns}, page.total FROM page JOIN projects p ON p.id = page.id
                ORDER BY {order}
                """, filter),
                withTotal: true, cancellationToken);
            if (items.Count == 0 && query.PageNumber > 1)
            {
                // Past the end: no row carried the count.
                total = (int)(long)(await Command($"SELECT count(*) FROM projects p {filter.Where}", filter).ExecuteScalarAsync(cancellationToken))!;
            }
            return new PagedResult<ProjectListItemDto>(items, total, query.PageNumber, query.Size);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public async Task<IReadOnlyList<ProjectListItemDto>> ListAllAsync(ProjectQuery query, ProjectScope scope, int max, CancellationToken cancellationToken = default)
    {
        var filter = ProjectListSql.Filter.Of(query, scope);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var command = Command($"SELECT {ProjectListSql.Columns} FROM projects p {filter.Where} ORDER BY {ProjectListSql.Order(query.Sort)} LIMIT {max}", filter);
            command.CommandTimeout = 120;
            return (await ReadAsync(command, withTotal: false, cancellationToken)).Items;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Two significant digits: 19,154 sampled as 19,350 is "about 19,000".</summary>
    public static int RoundEstimate(double estimate)
    {
        var unit = Math.Pow(10, Math.Max(0, Math.Floor(Math.Log10(estimate)) - 1));
        return (int)(Math.Round(estimate / unit) * unit);
    }

    public async Task<IReadOnlyList<AuditEntryDto>> HistoryAsync(Guid entityId, CancellationToken cancellationToken = default) =>
        await db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityId == entityId)
            .OrderByDescending(e => e.At)
            .Select(e => new AuditEntryDto(e.Id, e.EntityType, e.EntityId, e.Action, e.UserName, e.At, e.Summary, e.Before, e.After))
            .ToListAsync(cancellationToken);

    /// <summary>The table's size (from its statistics) and how many rows the sample reads; null while the table is small.</summary>
    private async Task<SampleBase?> SampleBaseAsync(CancellationToken ct)
    {
        var database = db.Database.GetDbConnection().Database;
        if (!SampleBases.TryGetValue(database, out var known) || DateTime.UtcNow - known.At >= SampleBaseLife)
        {
            var rows = (float)(await Command("SELECT reltuples FROM pg_class WHERE oid = 'projects'::regclass", null).ExecuteScalarAsync(ct))!;
            var percent = Math.Round(Math.Clamp(SampleRows * 100.0 / Math.Max(rows, 1), 0.1, 100.0), 3);
            var sampled = rows >= SampleFrom
                ? (long)(await Command($"SELECT count(*) FROM projects TABLESAMPLE SYSTEM ({percent.ToString(System.Globalization.CultureInfo.InvariantCulture)}) REPEATABLE (0)", null).ExecuteScalarAsync(ct))!
                : 0;
            known = new SampleBase(DateTime.UtcNow, rows, percent, sampled);
            SampleBases[database] = known;
        }
        return known.Rows >= SampleFrom && known.SampledRows > 0 ? known : null;
    }

    private NpgsqlCommand Command(string sql, ProjectListSql.Filter? filter)
    {
        var command = new NpgsqlCommand(sql, (NpgsqlConnection)db.Database.GetDbConnection())
        {
            Transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction(),
        };
        foreach (var parameter in filter?.Parameters ?? [])
        {
            command.Parameters.Add(parameter.Clone());
        }
        return command;
    }

    private static async Task<(List<ProjectListItemDto> Items, int Total)> ReadAsync(NpgsqlCommand command, bool withTotal, CancellationToken ct)
    {
        await using var _ = command;
        await using var reader = await command.ExecuteReaderAsync(ct);
        var items = new List<ProjectListItemDto>();
        var total = 0;
        while (await reader.ReadAsync(ct))
        {
            items.Add(new ProjectListItemDto(
                reader.GetGuid(0), reader.GetString(1), Enum.Parse<ProjectKind>(reader.GetString(2)), Enum.Parse<ProjectStatus>(reader.GetString(3)),
                reader.GetString(4), Text(reader, 5), Text(reader, 6), Text(reader, 7), Text(reader, 8), Text(reader, 9), Text(reader, 10),
                Text(reader, 11) is { Length: > 0 } countries ? countries : null,
                reader.IsDBNull(12) ? null : reader.GetFieldValue<DateOnly>(12), reader.GetDecimal(13), reader.GetFieldValue<DateTimeOffset>(14)));
            if (withTotal)
            {
                total = (int)reader.GetInt64(15);
            }
        }
        return (items, total);
    }

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
