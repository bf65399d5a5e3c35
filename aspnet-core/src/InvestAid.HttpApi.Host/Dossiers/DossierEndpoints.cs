using System.Security.Claims;
using InvestAid.Hosting;
using InvestAid.Identity;
using InvestAid.Workflows;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace InvestAid.Dossiers;

/// <summary>Dossiers (hồ sơ) of projects: receive one into its procedure, read it with steps and SLA, documents, resubmission.</summary>
public sealed class DossierEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var projects = app.MapGroup("/api/v1/projects/{projectId:guid}/dossiers").WithTags("Dossiers");
        projects.MapPost("", StartDossier).RequireAuthorization(Permissions.Dossiers.Create)
            .Produces<DossierDto>(201).ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
        projects.MapGet("", ListProjectDossiers).RequireAuthorization(Permissions.Dossiers.Default)
            .ProducesProblem(404);

        var dossiers = app.MapGroup("/api/v1/dossiers").WithTags("Dossiers").RequireAuthorization(Permissions.Dossiers.Default);
        dossiers.MapGet("/{id:guid}", GetDossier).ProducesProblem(404);
        dossiers.MapPost("/{id:guid}/resubmit", ResubmitDossier).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        dossiers.MapPost("/{id:guid}/documents", UploadDossierDocument)
            .DisableAntiforgery().Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(DossierConsts.MaxDocumentBytes + 1024 * 1024))
            .Produces<DossierDocumentDto>(201).ProducesValidationProblem().ProducesProblem(413);
        dossiers.MapGet("/{id:guid}/documents/{documentId:guid}", DownloadDossierDocument)
            .ProducesProblem(404);
    }

    public static async Task<Created<DossierDto>> StartDossier(
        Guid projectId, StartDossierRequest request, ClaimsPrincipal user, DossierAppService service, CancellationToken ct)
    {
        var dto = await service.StartAsync(projectId, request, WorkflowActor.From(user), ct);
        return TypedResults.Created($"/api/v1/dossiers/{dto.Id}", dto);
    }

    public static async Task<Ok<IReadOnlyList<DossierDto>>> ListProjectDossiers(
        Guid projectId, ClaimsPrincipal user, DossierAppService service, CancellationToken ct) =>
        TypedResults.Ok(await service.ListForProjectAsync(projectId, WorkflowActor.From(user), ct));

    /// <summary>The dossier with its procedure's tasks, history and SLA (due date, working days left, paused periods).</summary>
    public static async Task<Ok<DossierDto>> GetDossier(Guid id, ClaimsPrincipal user, DossierAppService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetAsync(id, WorkflowActor.From(user), ct));

    public static async Task<Ok<DossierDto>> ResubmitDossier(
        Guid id, [FromBody] ResubmitDossierRequest? request, ClaimsPrincipal user, DossierAppService service, CancellationToken ct) =>
        TypedResults.Ok(await service.ResubmitAsync(id, request ?? new ResubmitDossierRequest(), WorkflowActor.From(user), ct));

    /// <summary>PDF, docx, xlsx, PNG or JPEG (checked by content), at most 25 MB; the same content is stored once.</summary>
    public static async Task<Created<DossierDocumentDto>> UploadDossierDocument(
        Guid id, IFormFile file, ClaimsPrincipal user, DossierDocumentService service, CancellationToken ct)
    {
        if (file.Length > DossierConsts.MaxDocumentBytes)
        {
            throw new BadHttpRequestException("Tệp lớn hơn 25 MB.", StatusCodes.Status413PayloadTooLarge);
        }
        await using var content = file.OpenReadStream();
        var dto = await service.UploadAsync(id, file.FileName, content, WorkflowActor.From(user), ct);
        return TypedResults.Created($"/api/v1/dossiers/{id}/documents/{dto.Id}", dto);
    }

    /// <summary>The file with its original name (Content-Disposition with a UTF-8 filename*).</summary>
    public static async Task<FileStreamHttpResult> DownloadDossierDocument(
        Guid id, Guid documentId, ClaimsPrincipal user, DossierDocumentService service, CancellationToken ct)
    {
        var (document, content) = await service.DownloadAsync(id, documentId, WorkflowActor.From(user), ct);
        return TypedResults.File(content, document.ContentType, document.FileName);
    }
}
