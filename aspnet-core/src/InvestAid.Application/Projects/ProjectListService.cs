using FluentValidation;
using InvestAid.Audit;
using InvestAid.Common;
using MiniExcelLibs;

namespace InvestAid.Projects;

/// <summary>The project list: filtered, searched and paged, or exported to Excel; and a project's history.</summary>
public sealed class ProjectListService(IProjectQueries queries, ProjectScopeProvider scopes, IProjectRepository projects)
{
    /// <summary>An export is a working list, not a data dump; larger extracts go through reports.</summary>
    public const int MaxExportRows = 100_000;

    public async Task<PagedResult<ProjectListItemDto>> ListAsync(ProjectQuery query, CancellationToken ct = default)
    {
        await new ProjectQueryValidator().ValidateAndThrowAsync(query, ct);
        return await queries.ListAsync(query, await scopes.CurrentAsync(ct), ct);
    }

    public async Task<byte[]> ExportAsync(ProjectQuery query, CancellationToken ct = default)
    {
        await new ProjectQueryValidator().ValidateAndThrowAsync(query with { Page = null, PageSize = null }, ct);
        var rows = await queries.ListAllAsync(query, await scopes.CurrentAsync(ct), MaxExportRows, ct);
        var sheet = rows.Select((p, i) => new ProjectExportRow
        {
            No = i + 1,
            Code = p.Code,
            Kind = ProjectLabels.Kind(p.Kind),
            NameVi = p.NameVi,
            OwnerName = p.OwnerName,
            Countries = p.InvestorCountries,
            Donor = p.DonorCode,
            Sector = p.SectorCode,
            Commune = p.CommuneCode,
            IndustrialZone = p.IndustrialZoneCode,
            RegisteredOn = p.RegisteredOn?.ToDateTime(TimeOnly.MinValue),
            RegisteredCapitalUsd = p.RegisteredCapitalUsd,
            Status = ProjectLabels.Status(p.Status),
        });
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheet, sheetName: "Danh sách dự án", cancellationToken: ct);
        return stream.ToArray();
    }

    public async Task<IReadOnlyList<AuditEntryDto>> HistoryAsync(Guid id, CancellationToken ct = default)
    {
        var project = await projects.FindAsync(id, ct);
        if (project is null || !(await scopes.CurrentAsync(ct)).Allows(project))
        {
            throw new NotFoundException("dự án", id);
        }
        return await queries.HistoryAsync(id, ct);
    }
}
