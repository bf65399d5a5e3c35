using FluentValidation;
using InvestAid.Audit;
using InvestAid.Common;
using InvestAid.Projects;
using InvestAid.ReferenceData;

namespace InvestAid.CapitalContributions;

/// <summary>Notices of capital contribution and share purchase by foreign investors.</summary>
/// <remarks>
/// List, export and detail follow the caller's figure scope (<see cref="ProjectScope.FigureProjects"/>, docs/security.md),
/// as the monthly summary that counts these notices does: a notice linked to a project (<see cref="CapitalContribution.ProjectId"/>)
/// is seen by the owner of that project and by the agencies consulted on its dossiers; a notice linked to no project only by the
/// roles that see all. The link given on create or update must name a project the caller may see (else 400 on <c>projectId</c>).
/// </remarks>
public sealed class CapitalContributionAppService(
    ICapitalContributionRepository contributions,
    ICapitalContributionQueries queries,
    IProjectRepository projects,
    IReferenceCodeQueries referenceCodes,
    IUnitOfWork unitOfWork,
    AuditRecorder audit,
    ProjectScopeProvider scopes,
    TimeProvider clock)
{
    public const string EntityType = "capital-contribution";
    private static readonly ReferenceKind[] Kinds =
        [ReferenceKind.Country, ReferenceKind.VsicSection, ReferenceKind.VsicDivision, ReferenceKind.AdministrativeUnit, ReferenceKind.IndustrialZone];

    public async Task<PagedResult<CapitalContributionDto>> ListAsync(CapitalContributionQuery query, CancellationToken ct = default)
    {
        if (query.PageNumber < 1 || query.Size is < 1 or > 200)
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure("pageSize", "Số dòng mỗi trang từ 1 đến 200.")]);
        }
        return await queries.ListAsync(query, (await scopes.CurrentAsync(ct)).FigureProjects, ct);
    }

    /// <summary>The whole filtered list (no paging) as an Excel workbook.</summary>
    public async Task<byte[]> ExportAsync(CapitalContributionQuery query, CancellationToken ct = default)
    {
        var rows = new List<CapitalContributionDto>();
        var projects = (await scopes.CurrentAsync(ct)).FigureProjects;
        for (var page = 1; page <= 500; page++)
        {
            var result = await queries.ListAsync(query with { Page = page, PageSize = 200 }, projects, ct);
            rows.AddRange(result.Items);
            if (rows.Count >= result.TotalCount || result.Items.Count == 0) break;
        }
        var sheet = rows.Select((c, i) => new CapitalContributionExportRow
        {
            No = i + 1,
            Date = c.Date.ToDateTime(TimeOnly.MinValue),
            InvestorName = c.InvestorName,
            Country = c.CountryCode,
            TargetEnterprise = c.TargetEnterprise,
            TargetTaxCode = c.TargetTaxCode,
            Sector = c.SectorCode,
            Commune = c.CommuneCode,
            IndustrialZone = c.IndustrialZoneCode,
            ValueUsd = c.ValueUsd,
            ValueVnd = c.ValueVnd,
            Note = c.Note,
            ProjectCode = c.ProjectCode,
            ProjectName = c.ProjectNameVi,
        });
        using var stream = new MemoryStream();
        await MiniExcelLibs.MiniExcel.SaveAsAsync(stream, sheet, sheetName: "Góp vốn, mua cổ phần", cancellationToken: ct);
        return stream.ToArray();
    }

    public async Task<CapitalContributionDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        var contribution = await contributions.FindAsync(id, ct);
        var scope = await scopes.CurrentAsync(ct);
        if (contribution is null || !(scope.All || (contribution.ProjectId is { } projectId && scope.AllowsFigures(projectId))))
        {
            throw new NotFoundException("thông báo góp vốn", id);
        }
        return CapitalContributionMapper.ToDto(contribution, await ProjectOfAsync(contribution.ProjectId, ct));
    }

    public async Task<CapitalContributionDto> CreateAsync(CapitalContributionInput input, CancellationToken ct = default)
    {
        var project = await ValidateAsync(input, ct);
        var contribution = new CapitalContribution(ToData(input), clock.GetUtcNow());
        contributions.Add(contribution);
        audit.Record(EntityType, contribution.Id, AuditAction.Created, null, input,
            $"Góp vốn, mua cổ phần: {input.InvestorName} → {input.TargetEnterprise}");
        await unitOfWork.SaveChangesAsync(ct);
        return CapitalContributionMapper.ToDto(contribution, project);
    }

    public async Task<CapitalContributionDto> UpdateAsync(Guid id, CapitalContributionInput input, string? ifMatch, CancellationToken ct = default)
    {
        var version = RecordVersion.Parse(ifMatch);
        var project = await ValidateAsync(input, ct);
        var contribution = await contributions.FindAsync(id, ct) ?? throw new NotFoundException("thông báo góp vốn", id);
        if (contribution.ConcurrencyToken != version)
        {
            throw new PreconditionFailedException(missing: false);
        }
        var before = CapitalContributionMapper.ToDto(contribution);
        contribution.Update(ToData(input), clock.GetUtcNow());
        contributions.ExpectVersion(contribution, version);
        audit.Record(EntityType, contribution.Id, AuditAction.Updated, before, input, "Cập nhật thông báo góp vốn");
        await unitOfWork.SaveChangesAsync(ct);
        return CapitalContributionMapper.ToDto(contribution, project);
    }

    /// <summary>Checks the input; answers the linked project, which must exist and be visible to the caller (else 400 on projectId).</summary>
    private async Task<Project?> ValidateAsync(CapitalContributionInput input, CancellationToken ct)
    {
        var codes = await referenceCodes.LoadAsync(Kinds, ct);
        await new CapitalContributionInputValidator(codes).ValidateAndThrowAsync(input, ct);
        if (input.ProjectId is not { } projectId)
        {
            return null;
        }
        var project = await projects.FindForReadAsync(projectId, ct);
        if (project is null || !(await scopes.CurrentAsync(ct)).Allows(project))
        {
            // The same answer for a missing project and one the caller may not see, naming no id.
            throw new ValidationException([new FluentValidation.Results.ValidationFailure("projectId", "Không có dự án này, hoặc bạn không được xem dự án này.")]);
        }
        return project;
    }

    private async Task<Project?> ProjectOfAsync(Guid? projectId, CancellationToken ct) =>
        projectId is { } id ? await projects.FindForReadAsync(id, ct) : null;

    private static CapitalContributionData ToData(CapitalContributionInput i) => new(
        i.InvestorName, i.CountryCode, i.TargetEnterprise, i.TargetTaxCode, i.ValueUsd, i.ValueVnd, i.Date,
        i.SectorCode, i.CommuneCode, i.IndustrialZoneCode, i.Note, i.ProjectId);
}
