using System.Data;
using System.Data.Common;
using InvestAid.Projects;
using InvestAid.ReferenceData;
using InvestAid.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace InvestAid.EntityFrameworkCore.Reports;

public sealed class FdiReportQueries(InvestAidDbContext db) : IFdiReportQueries
{
    public async Task<IReadOnlyList<FdiBreakdownRow>> FiguresAsync(FdiDimension dimension, DateOnly from, DateOnly to, Guid[]? projects, CancellationToken cancellationToken = default)
    {
        var rows = new List<(string Key, FdiFigures Figures)>();
        await using (var cmd = await CommandAsync(FdiReportSql.Figures(dimension), projects, cancellationToken))
        {
            cmd.Parameters.Add(new NpgsqlParameter("from", from));
            cmd.Parameters.Add(new NpgsqlParameter("to", to));
            await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetString(0), Read(reader)));
            }
        }
        if (dimension == FdiDimension.Total)
        {
            return rows.Count == 0 ? [] : [new FdiBreakdownRow(null, null, null, rows[0].Figures)];
        }
        return Named(rows, await NamesAsync(dimension, cancellationToken));
    }

    public async Task<(FdiFigures Totals, FdiBreakdowns Breakdowns)> AllFiguresAsync(DateOnly from, DateOnly to, Guid[]? projects, CancellationToken cancellationToken = default)
    {
        var rows = Enum.GetValues<FdiDimension>().ToDictionary(d => d, _ => new List<(string Key, FdiFigures Figures)>());
        await using (var cmd = await CommandAsync(FdiReportSql.AllFigures, projects, cancellationToken))
        {
            cmd.Parameters.Add(new NpgsqlParameter("from", from));
            cmd.Parameters.Add(new NpgsqlParameter("to", to));
            await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows[FdiReportSql.DimensionOfGrouping(reader.GetInt32(0))].Add((reader.GetString(1), Read(reader, 1)));
            }
        }
        var names = await db.ReferenceItems.AsNoTracking()
            .Where(r => r.Kind == ReferenceKind.Country || r.Kind == ReferenceKind.VsicSection
                        || r.Kind == ReferenceKind.AdministrativeUnit || r.Kind == ReferenceKind.IndustrialZone)
            .Select(r => new { r.Kind, r.Code, r.NameVi, r.NameEn }).ToListAsync(cancellationToken);
        Dictionary<string, (string? Vi, string? En)> Of(ReferenceKind kind) =>
            names.Where(n => n.Kind == kind).ToDictionary(n => n.Code, n => ((string?)n.NameVi, (string?)n.NameEn));
        var totals = rows[FdiDimension.Total].Select(r => r.Figures).SingleOrDefault() ?? FdiFigures.Empty;
        return (totals, new FdiBreakdowns(
            Named(rows[FdiDimension.Country], Of(ReferenceKind.Country)),
            Named(rows[FdiDimension.Section], Of(ReferenceKind.VsicSection)),
            Named(rows[FdiDimension.Commune], Of(ReferenceKind.AdministrativeUnit)),
            Named(rows[FdiDimension.IndustrialZone], Of(ReferenceKind.IndustrialZone))));
    }

    private static List<FdiBreakdownRow> Named(List<(string Key, FdiFigures Figures)> rows, Dictionary<string, (string? Vi, string? En)> names) =>
        rows
            .Select(r => r.Key.Length == 0
                ? new FdiBreakdownRow(null, null, null, r.Figures)
                : new FdiBreakdownRow(r.Key, names.GetValueOrDefault(r.Key).Vi, names.GetValueOrDefault(r.Key).En, r.Figures))
            .OrderByDescending(r => r.Figures.TotalWithContributionsUsd)
            .ThenByDescending(r => r.Figures.ValidCapitalUsd)
            .ThenBy(r => r.Code is null)
            .ThenBy(r => r.Code, StringComparer.Ordinal)
            .ToList();

    /// <summary>Reads the figure columns 1… in <see cref="FdiReportSql.Figures"/> order.</summary>
    internal static FdiFigures Read(DbDataReader reader, int offset = 0)
    {
        var r = new Shifted(reader, offset);
        var newUsd = r.GetDecimal(2);
        var incUsd = r.GetDecimal(5);
        var contributionUsd = r.GetDecimal(9);
        return new FdiFigures
        {
            NewProjects = r.GetInt32(1),
            NewCapitalUsd = newUsd,
            AdjustedProjects = r.GetInt32(3),
            IncreaseCount = r.GetInt32(4),
            IncreaseCapitalUsd = incUsd,
            DecreaseCount = r.GetInt32(6),
            DecreaseCapitalUsd = r.GetDecimal(7),
            ContributionCount = r.GetInt32(8),
            ContributionValueUsd = contributionUsd,
            TerminatedProjects = r.GetInt32(10),
            TerminatedCapitalUsd = r.GetDecimal(11),
            TotalNewAndAddedUsd = newUsd + incUsd,
            TotalWithContributionsUsd = newUsd + incUsd + contributionUsd,
            ValidProjects = r.GetInt32(12),
            ValidCapitalUsd = r.GetDecimal(13),
        };
    }

    private readonly record struct Shifted(DbDataReader Reader, int Offset)
    {
        public int GetInt32(int i) => Reader.GetInt32(i + Offset);
        public decimal GetDecimal(int i) => Reader.GetDecimal(i + Offset);
    }

    public async Task<IReadOnlyList<MonthlyAmount>> NewAndAddedByMonthAsync(DateOnly from, DateOnly to, Guid[]? projects, CancellationToken cancellationToken = default)
    {
        await using var cmd = await CommandAsync(FdiReportSql.NewAndAddedByMonth, projects, cancellationToken);
        cmd.Parameters.Add(new NpgsqlParameter("from", from));
        cmd.Parameters.Add(new NpgsqlParameter("to", to));
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        var result = new List<MonthlyAmount>();
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new MonthlyAmount(reader.GetInt32(0), reader.GetInt32(1), reader.GetDecimal(2)));
        }
        return result;
    }

    public async Task<(int Count, decimal ValueUsd)> AidCommitmentsAsync(IReadOnlyList<ProjectKind> kinds, DateOnly from, DateOnly to, Guid[]? projects, CancellationToken cancellationToken = default)
    {
        await using var cmd = await CommandAsync(FdiReportSql.AidCommitments, projects, cancellationToken);
        cmd.Parameters.Add(new NpgsqlParameter("kinds", kinds.Select(k => k.ToString()).ToArray()));
        cmd.Parameters.Add(new NpgsqlParameter("from", from));
        cmd.Parameters.Add(new NpgsqlParameter("to", to));
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt32(0), reader.GetDecimal(1));
    }

    public async Task<ImplementedCapitalTotals> ImplementedCapitalAsync(int year, int quarters, Guid[]? projects, CancellationToken cancellationToken = default)
    {
        if (quarters <= 0)
        {
            return new ImplementedCapitalTotals(0m, 0m, 0, 0);
        }
        await using var cmd = await CommandAsync(FdiReportSql.ImplementedCapital, projects, cancellationToken);
        cmd.Parameters.Add(new NpgsqlParameter("year", year));
        cmd.Parameters.Add(new NpgsqlParameter("quarters", quarters));
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new ImplementedCapitalTotals(reader.GetDecimal(0), reader.GetDecimal(1), reader.GetInt32(2), reader.GetInt32(3));
    }

    public async Task<(string NameVi, string NameEn)?> AgencyInForceAsync(string category, DateOnly day, CancellationToken cancellationToken = default)
    {
        var agency = await db.ReferenceItems.AsNoTracking()
            .Where(r => r.Kind == ReferenceKind.Agency && r.Category == category && r.IsActive
                        && (r.EffectiveFrom == null || r.EffectiveFrom <= day) && (r.EffectiveTo == null || day <= r.EffectiveTo))
            .OrderByDescending(r => r.EffectiveFrom)
            .Select(r => new { r.NameVi, r.NameEn })
            .FirstOrDefaultAsync(cancellationToken);
        return agency is null ? null : (agency.NameVi, agency.NameEn);
    }

    public Task<string?> AdministrativeUnitNameAsync(string code, CancellationToken cancellationToken = default) =>
        db.ReferenceItems.AsNoTracking()
            .Where(r => r.Kind == ReferenceKind.AdministrativeUnit && r.Code == code)
            .Select(r => r.NameVi)
            .FirstOrDefaultAsync(cancellationToken);

    private async Task<Dictionary<string, (string? Vi, string? En)>> NamesAsync(FdiDimension dimension, CancellationToken ct)
    {
        var kind = dimension switch
        {
            FdiDimension.Country => ReferenceKind.Country,
            FdiDimension.Section => ReferenceKind.VsicSection,
            FdiDimension.Commune => ReferenceKind.AdministrativeUnit,
            FdiDimension.IndustrialZone => ReferenceKind.IndustrialZone,
            _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, null),
        };
        var items = await db.ReferenceItems.AsNoTracking().Where(r => r.Kind == kind)
            .Select(r => new { r.Code, r.NameVi, r.NameEn }).ToListAsync(ct);
        return items.ToDictionary(i => i.Code, i => ((string?)i.NameVi, (string?)i.NameEn));
    }

    /// <summary>A command of <paramref name="sql"/> with the figure scope bound: @all, and @visible the projects (null = all).</summary>
    private async Task<DbCommand> CommandAsync(string sql, Guid[]? projects, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(ct);
        }
        var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        cmd.Parameters.Add(new NpgsqlParameter("all", projects is null));
        cmd.Parameters.Add(new NpgsqlParameter("visible", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Uuid) { Value = projects ?? [] });
        return cmd;
    }
}
