using InvestAid.Hosting;
using InvestAid.Identity;
using Microsoft.AspNetCore.Mvc;

namespace InvestAid.Legal;

/// <summary>
/// The law as data: legal parameters (list, history, add or edit a version, list and apply to affected running dossiers), the legal
/// documents with what cites them ("Căn cứ pháp lý", also as Excel), and the yearly holiday notices of the working-day calendar.
/// Everyone signed in reads; administrators change.
/// </summary>
public sealed class LegalEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/legal").WithTags("Legal");
        g.MapGet("/parameters", ListLegalParameters).RequireAuthorization(Permissions.Workflows.Default)
            .Produces<IReadOnlyList<LegalParameterDto>>();
        g.MapGet("/parameters/{name}/history", GetLegalParameterHistory)
            .RequireAuthorization(Permissions.Workflows.Default).Produces<IReadOnlyList<LegalParameterVersionDto>>().ProducesProblem(404);
        g.MapPost("/parameters/{name}/versions", SaveLegalParameterVersion)
            .RequireAuthorization(Permissions.Administration.Default).Produces<LegalParameterVersionDto>(201).ProducesValidationProblem()
            .ProducesProblem(404).ProducesProblem(409);
        g.MapGet("/parameters/{name}/versions/{id:guid}/affected", ListLegalParameterAffectedDossiers)
            .RequireAuthorization(Permissions.Administration.Default).Produces<IReadOnlyList<AffectedDossierDto>>().ProducesProblem(404);
        g.MapPost("/parameters/{name}/versions/{id:guid}/apply", ApplyLegalParameterVersion)
            .RequireAuthorization(Permissions.Administration.Default).Produces<ApplyLegalParameterResult>().ProducesProblem(404).ProducesProblem(409);
        g.MapGet("/documents", ListLegalDocuments).RequireAuthorization(Permissions.Workflows.Default)
            .Produces<IReadOnlyList<LegalDocumentDto>>();
        g.MapGet("/documents/export", ExportLegalDocuments).RequireAuthorization(Permissions.Workflows.Default)
            .Produces(200, contentType: HttpResultsExtensions.XlsxContentType);

        var calendar = app.MapGroup("/api/v1/calendar").WithTags("Calendar");
        calendar.MapGet("/years", ListCalendarYears).RequireAuthorization(Permissions.Workflows.Default)
            .Produces<IReadOnlyList<CalendarYearDto>>();
        calendar.MapPost("/notices", AddHolidayNotice).RequireAuthorization(Permissions.Workflows.Calendar)
            .Produces<HolidayNoticeDto>(201).ProducesValidationProblem();
    }

    /// <summary>Every parameter with the version in force on <c>on</c> (default today) and its current versions.</summary>
    public static async Task<IResult> ListLegalParameters([FromQuery] DateOnly? on, LegalParameterService service, CancellationToken ct) =>
        Results.Ok(await service.ListAsync(on, ct));

    public static async Task<IResult> GetLegalParameterHistory(string name, LegalParameterService service, CancellationToken ct) =>
        Results.Ok(await service.HistoryAsync(name, ct));

    /// <summary>Adds a version (a new name adds the parameter); with <c>replacesId</c> edits that version, which stays in the history.</summary>
    public static async Task<IResult> SaveLegalParameterVersion(string name, SaveLegalParameterVersionRequest request, LegalParameterService service,
        CancellationToken ct)
    {
        var saved = await service.SaveVersionAsync(name, request, ct);
        return Results.Created($"/api/v1/legal/parameters/{name}/history", saved);
    }

    /// <summary>Running dossiers received while the version is in force whose recorded value differs: what apply would change.</summary>
    public static async Task<IResult> ListLegalParameterAffectedDossiers(string name, Guid id, LegalParameterService service, CancellationToken ct) =>
        Results.Ok(await service.AffectedAsync(name, id, ct));

    /// <summary>Applies the version to those running dossiers (their deadline moves), one audit entry per dossier.</summary>
    public static async Task<IResult> ApplyLegalParameterVersion(string name, Guid id, LegalParameterService service, CancellationToken ct) =>
        Results.Ok(await service.ApplyAsync(name, id, ct));

    public static async Task<IResult> ListLegalDocuments(LegalDocumentService service, CancellationToken ct) =>
        Results.Ok(await service.ListAsync(ct));

    public static async Task<IResult> ExportLegalDocuments(LegalExcelExport export, CancellationToken ct) =>
        Results.File(await export.WriteAsync(ct), HttpResultsExtensions.XlsxContentType, "can-cu-phap-ly.xlsx");

    /// <summary>The calendar's years with their holiday notices; a year without one carries the warning that only statutory days count.</summary>
    public static async Task<IResult> ListCalendarYears(HolidayNoticeService service, CancellationToken ct) =>
        Results.Ok(await service.ListYearsAsync(ct));

    public static async Task<IResult> AddHolidayNotice(SaveHolidayNoticeRequest request, HolidayNoticeService service, CancellationToken ct)
    {
        var saved = await service.AddAsync(request, ct);
        return Results.Created($"/api/v1/calendar/years", saved);
    }
}

/// <summary>The dedicated account of a non-ODA aid (Decree 313/2025/ND-CP) and the receipts into it. Staff of the department read and record it.</summary>
public sealed class AidAccountEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/projects/{projectId:guid}/aid-account").WithTags("Finance");
        g.MapGet("", GetAidAccount).RequireAuthorization(Permissions.Finance.Default)
            .Produces<InvestAid.Finance.AidAccountDto>().Produces(204).ProducesProblem(404);
        g.MapPut("", SaveAidAccount).RequireAuthorization(Permissions.Dossiers.Create)
            .Produces<InvestAid.Finance.AidAccountDto>().ProducesValidationProblem().ProducesProblem(404);
    }

    public static async Task<IResult> GetAidAccount(Guid projectId, InvestAid.Finance.AidAccountService service, CancellationToken ct) =>
        await service.GetAsync(projectId, ct) is { } account ? Results.Ok(account) : Results.NoContent();

    public static async Task<IResult> SaveAidAccount(Guid projectId, InvestAid.Finance.SaveAidAccountRequest request, InvestAid.Finance.AidAccountService service,
        CancellationToken ct) =>
        Results.Ok(await service.SaveAsync(projectId, request, ct));
}

/// <summary>The printable decision of a dossier with the signature block of who signed (ký thay / ký thừa lệnh included).</summary>
public sealed class DecisionDocumentEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/dossiers/{id:guid}/decision-document", GetDecisionDocument).WithTags("Dossiers")
            .RequireAuthorization(Permissions.Dossiers.Default).Produces(200, contentType: "text/html").ProducesProblem(404);

    public static async Task<IResult> GetDecisionDocument(Guid id, System.Security.Claims.ClaimsPrincipal user, InvestAid.Dossiers.DossierAppService service,
        CancellationToken ct) =>
        Results.Content(InvestAid.Dossiers.DecisionDocument.Html(await service.GetAsync(id, InvestAid.Workflows.WorkflowActor.From(user), ct)),
            "text/html; charset=utf-8");
}
