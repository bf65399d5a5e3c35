using InvestAid.Audit;
using InvestAid.Common;
using InvestAid.Hosting;
using InvestAid.Identity;
using Microsoft.AspNetCore.Mvc;

namespace InvestAid.Projects;

/// <summary>The project registry: list and search, register, edit, status, FDI capital ledger, history, import.</summary>
public sealed class ProjectEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/projects").WithTags("Projects");
        g.MapGet("", ListProjects).RequireAuthorization(Permissions.Projects.Default)
            .Produces<PagedResult<ProjectListItemDto>>();
        g.MapGet("/xlsx", ExportProjects).RequireAuthorization(Permissions.Projects.Default)
            .Produces<byte[]>(200, HttpResultsExtensions.XlsxContentType);
        g.MapGet("/{id:guid}", GetProject).RequireAuthorization(Permissions.Projects.Default)
            .Produces<ProjectDto>().ProducesProblem(404);
        g.MapPost("", CreateProject).RequireAuthorization(Permissions.Projects.Create)
            .Produces<ProjectDto>(201).ProducesValidationProblem();
        g.MapPut("/{id:guid}", UpdateProject).RequireAuthorization(Permissions.Projects.Edit)
            .Produces<ProjectDto>().Produces<InvestAid.Proposals.ProposalDto>(202).ProducesValidationProblem().ProducesProblem(412).ProducesProblem(428);
        g.MapPost("/{id:guid}/status", ChangeProjectStatus).RequireAuthorization(Permissions.Projects.Edit)
            .Produces<ProjectDto>().ProducesProblem(409);
        g.MapPost("/{id:guid}/capital-events", RecordCapitalEvent).RequireAuthorization(Permissions.Projects.Edit)
            .Produces<CapitalEventDto>(201).ProducesValidationProblem().ProducesProblem(409);
        g.MapGet("/{id:guid}/history", GetProjectHistory).RequireAuthorization(Permissions.Projects.Default)
            .Produces<IReadOnlyList<AuditEntryDto>>();
        g.MapGet("/{id:guid}/compare", CompareProjectVersions).RequireAuthorization(Permissions.Projects.Default)
            .Produces<ProjectComparisonDto>().ProducesValidationProblem().ProducesProblem(404);
        g.MapPost("/import", ImportProjects).RequireAuthorization(Permissions.Projects.Create)
            .DisableAntiforgery().Accepts<IFormFile>("multipart/form-data").Produces<ImportResultDto>().ProducesValidationProblem();
        g.MapGet("/import/template", GetImportTemplate).RequireAuthorization(Permissions.Projects.Create)
            .Produces(200, contentType: HttpResultsExtensions.XlsxContentType);
    }

    /// <summary>Filtered, searched, paged list.</summary>
    public static async Task<IResult> ListProjects([AsParameters] ProjectQuery query, ProjectListService service, CancellationToken ct) =>
        Results.Ok(await service.ListAsync(query, ct));

    /// <summary>The whole filtered list (the list's filters; no paging) as an Excel file.</summary>
    public static async Task<IResult> ExportProjects([AsParameters] ProjectQuery query, ProjectListService service, CancellationToken ct) =>
        Results.File(await service.ExportAsync(query, ct), HttpResultsExtensions.XlsxContentType, $"danh-sach-du-an-{DateTime.UtcNow:yyyyMMdd}.xlsx");

    /// <summary>The project now, or as it stood at the end of <c>asOf</c> (registered capital and status from the ledger).</summary>
    public static async Task<IResult> GetProject(Guid id, [FromQuery] DateOnly? asOf, ProjectAppService service, HttpContext http, CancellationToken ct)
    {
        var dto = await service.GetAsync(id, asOf, ct);
        http.SetETag(dto.Version);
        return Results.Ok(dto);
    }

    public static async Task<IResult> CreateProject(CreateProjectRequest request, ProjectAppService service, HttpContext http, CancellationToken ct)
    {
        var dto = await service.CreateAsync(request, ct);
        http.SetETag(dto.Version);
        return Results.Created($"/api/v1/projects/{dto.Id}", dto);
    }

    /// <summary>Replaces the project's description; send the version you read in <c>If-Match</c> (412 when stale, 428 when missing).</summary>
    /// <remarks>An owner's edit (or an officer's, where a second person is required) is held as a proposal: 202 with the proposal.</remarks>
    public static async Task<IResult> UpdateProject(Guid id, UpdateProjectRequest request, ProjectAppService service, HttpContext http,
        InvestAid.Proposals.ProposalPolicy policy, InvestAid.Proposals.ProposalAppService proposals, CancellationToken ct)
    {
        if (await policy.MustProposeAsync(InvestAid.Proposals.ProposalKinds.ProjectData, ct))
        {
            return InvestAid.Validation.ProposalEndpoints.Accepted(await proposals.ProposeProjectDataAsync(id,
                new InvestAid.Proposals.ProjectDataProposalRequest(request, InvestAid.Validation.ProposalEndpoints.ReasonOf(http.Request)), ct));
        }
        var dto = await service.UpdateAsync(id, request, http.Request.IfMatch(), ct);
        http.SetETag(dto.Version);
        return Results.Ok(dto);
    }

    public static async Task<IResult> ChangeProjectStatus(Guid id, ChangeProjectStatusRequest request, ProjectAppService service, HttpContext http, CancellationToken ct)
    {
        var dto = await service.ChangeStatusAsync(id, request, http.Request.IfMatch(), ct);
        http.SetETag(dto.Version);
        return Results.Ok(dto);
    }

    /// <summary>Appends to the FDI capital ledger; a correction names the entry it replaces.</summary>
    public static async Task<IResult> RecordCapitalEvent(Guid id, RecordCapitalEventRequest request, ProjectAppService service, CancellationToken ct)
    {
        var dto = await service.RecordCapitalEventAsync(id, request, ct);
        return Results.Created($"/api/v1/projects/{id}", dto);
    }

    public static async Task<IResult> GetProjectHistory(Guid id, ProjectListService service, CancellationToken ct) =>
        Results.Ok(await service.HistoryAsync(id, ct));

    /// <summary>What the project's record and ledger said at the end of <c>from</c> and of <c>to</c> (YYYY-MM-DD, Viet Nam time), from its history.</summary>
    public static async Task<IResult> CompareProjectVersions(Guid id, string? from, string? to, ProjectComparison service, CancellationToken ct) =>
        Results.Ok(await service.CompareAsync(id, from, to, ct));

    /// <summary>Imports an Excel sheet of projects: all rows or none; the errors of every bad row come back.</summary>
    public static async Task<IResult> ImportProjects(IFormFile file, ProjectImportService service, CancellationToken ct)
    {
        if (file.Length == 0 || !file.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            throw new ImportFailedException([new ImportRowError(1, "", "Hãy chọn tệp Excel (.xlsx) theo mẫu.")]);
        }
        await using var stream = file.OpenReadStream();
        var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        return Results.Ok(await service.ImportAsync(buffer, ct));
    }

    public static IResult GetImportTemplate() =>
        Results.File(ProjectImportService.Template(), HttpResultsExtensions.XlsxContentType, "mau-nhap-du-an.xlsx");
}
