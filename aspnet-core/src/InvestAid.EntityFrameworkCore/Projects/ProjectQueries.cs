using InvestAid.Audit;
using InvestAid.Common;
using InvestAid.EntityFrameworkCore.ReferenceData;
using InvestAid.Projects;
using InvestAid.ReferenceData;
using InvestAid.Text;
using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore.Projects;

/// <summary>
/// The project list in SQL: each filter is an indexed predicate; the search matches every folded
/// query word inside the folded search text (trigram index), so "thai binh" finds "Thái Bình".
/// </summary>
public sealed class ProjectQueries(InvestAidDbContext db) : IProjectQueries
{
    public async Task<PagedResult<ProjectListItemDto>> ListAsync(ProjectQuery query, ProjectScope scope, CancellationToken cancellationToken = default)
    {
        var filtered = Filter(query, scope);
        var total = await filtered.CountAsync(cancellationToken);
        var items = await Project(Sort(filtered, query.Sort))
            .Skip((query.PageNumber - 1) * query.Size)
            .Take(query.Size)
            .ToListAsync(cancellationToken);
        return new PagedResult<ProjectListItemDto>(items, total, query.PageNumber, query.Size);
    }

    public async Task<IReadOnlyList<ProjectListItemDto>> ListAllAsync(ProjectQuery query, ProjectScope scope, int max, CancellationToken cancellationToken = default) =>
        await Project(Sort(Filter(query, scope), query.Sort)).Take(max).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<AuditEntryDto>> HistoryAsync(Guid entityId, CancellationToken cancellationToken = default) =>
        await db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityId == entityId)
            .OrderByDescending(e => e.At)
            .Select(e => new AuditEntryDto(e.Id, e.EntityType, e.EntityId, e.Action, e.UserName, e.At, e.Summary, e.Before, e.After))
            .ToListAsync(cancellationToken);

    private IQueryable<InvestAid.Projects.Project> Filter(ProjectQuery q, ProjectScope scope)
    {
        var projects = db.Projects.AsNoTracking();
        if (!scope.All)
        {
            var owner = scope.OwnerUserId;
            var ids = scope.ExtraIds;
            projects = projects.Where(p => (owner != null && p.OwnerUserId == owner) || ids.Contains(p.Id));
        }
        if (q.Kind is { } kind)
        {
            projects = projects.Where(p => p.Kind == kind);
        }
        if (q.Status is { } status)
        {
            projects = projects.Where(p => p.Status == status);
        }
        if (q.Donor is { Length: > 0 } donor)
        {
            projects = projects.Where(p => p.DonorCode == donor);
        }
        if (q.Sector is { Length: 1 } section)
        {
            // A VSIC section (a letter) takes in every division under it.
            var divisions = db.ReferenceItems.Where(r => r.Kind == ReferenceKind.VsicDivision && r.ParentCode == section).Select(r => r.Code);
            projects = projects.Where(p => p.SectorCode == section || divisions.Contains(p.SectorCode!));
        }
        else if (q.Sector is { Length: > 1 } sector)
        {
            projects = projects.Where(p => p.SectorCode == sector);
        }
        if (q.Commune is { Length: > 0 } commune)
        {
            projects = projects.Where(p => p.CommuneCode == commune);
        }
        if (q.Country is { Length: > 0 } country)
        {
            projects = projects.Where(p => p.Investors.Any(i => i.CountryCode == country));
        }
        if (q.From is { } from)
        {
            projects = projects.Where(p => p.RegisteredOn >= from);
        }
        if (q.To is { } to)
        {
            projects = projects.Where(p => p.RegisteredOn <= to);
        }
        foreach (var term in TextFolding.Terms(q.Q))
        {
            var pattern = "%" + ReferenceQueries.EscapeLike(term) + "%";
            projects = projects.Where(p => EF.Functions.Like(p.SearchText, pattern));
        }
        return projects;
    }

    private static IQueryable<InvestAid.Projects.Project> Sort(IQueryable<InvestAid.Projects.Project> projects, string? sort)
    {
        var descending = sort?.StartsWith('-') == true;
        IOrderedQueryable<InvestAid.Projects.Project> ordered = (sort?.TrimStart('-')) switch
        {
            "code" => descending ? projects.OrderByDescending(p => p.Code) : projects.OrderBy(p => p.Code),
            "nameVi" => descending ? projects.OrderByDescending(p => p.NameVi) : projects.OrderBy(p => p.NameVi),
            "registeredOn" => descending ? projects.OrderByDescending(p => p.RegisteredOn) : projects.OrderBy(p => p.RegisteredOn),
            "registeredCapitalUsd" => descending ? projects.OrderByDescending(p => p.RegisteredCapitalUsd) : projects.OrderBy(p => p.RegisteredCapitalUsd),
            "status" => descending ? projects.OrderByDescending(p => p.Status) : projects.OrderBy(p => p.Status),
            "kind" => descending ? projects.OrderByDescending(p => p.Kind) : projects.OrderBy(p => p.Kind),
            "updatedAt" => descending ? projects.OrderByDescending(p => p.UpdatedAt) : projects.OrderBy(p => p.UpdatedAt),
            _ => projects.OrderByDescending(p => p.UpdatedAt),
        };
        return ordered.ThenBy(p => p.Id);
    }

    private static IQueryable<ProjectListItemDto> Project(IQueryable<InvestAid.Projects.Project> projects) =>
        projects.Select(p => new ProjectListItemDto(
            p.Id, p.Code, p.Kind, p.Status, p.NameVi, p.NameEn, p.OwnerName, p.DonorCode, p.CommuneCode, p.IndustrialZoneCode,
            p.SectorCode,
            string.Join(", ", p.Investors.Select(i => i.CountryCode).Distinct()),
            p.RegisteredOn, p.RegisteredCapitalUsd, p.UpdatedAt));
}
