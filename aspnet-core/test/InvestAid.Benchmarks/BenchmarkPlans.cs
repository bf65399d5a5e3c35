using Npgsql;
using NpgsqlTypes;

namespace InvestAid.Benchmarks;

/// <summary>Generated data shared by the benchmarks: one 2026 capital plan per ODA project, written with COPY.</summary>
internal static class BenchmarkPlans
{
    public static async Task WriteAsync(NpgsqlConnection conn, IEnumerable<Guid> odaProjects, DateTimeOffset now)
    {
        await using var copy = await conn.BeginBinaryImportAsync("""
            COPY capital_plan_revisions (id, project_id, year, revision, effective_date, currency, foreign_amount, counterpart_amount, foreign_vnd, counterpart_vnd, recorded_at)
            FROM STDIN (FORMAT BINARY)
            """);
        foreach (var id in odaProjects)
        {
            await copy.StartRowAsync();
            await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
            await copy.WriteAsync(id, NpgsqlDbType.Uuid);
            await copy.WriteAsync(2026, NpgsqlDbType.Integer);
            await copy.WriteAsync(0, NpgsqlDbType.Integer);
            await copy.WriteAsync(new DateOnly(2026, 1, 10), NpgsqlDbType.Date);
            await copy.WriteAsync("USD", NpgsqlDbType.Varchar);
            await copy.WriteAsync(400_000m, NpgsqlDbType.Numeric);
            await copy.WriteAsync(0m, NpgsqlDbType.Numeric);
            await copy.WriteAsync(10_000_000_000m, NpgsqlDbType.Numeric);
            await copy.WriteAsync(0m, NpgsqlDbType.Numeric);
            await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
        }
        await copy.CompleteAsync();
    }
}
