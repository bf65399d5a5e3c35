using InvestAid.Common;
using InvestAid.Hosting;
using InvestAid.Identity;
using InvestAid.Proposals;

namespace InvestAid.Validation;

/// <summary>Outside edits held as proposals: propose (owner, consulted agency, or officer where a second person is required), list, accept (all or some fields), reject.</summary>
public sealed class ProposalEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var p = app.MapGroup("/api/v1/projects/{id:guid}/proposals").WithTags("Proposals");
        p.MapPost("/project-data", ProposeProjectData).RequireAuthorization(Permissions.Proposals.Propose)
            .Produces<ProposalDto>(202).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
        p.MapPost("/disbursement", ProposeDisbursement).RequireAuthorization(Permissions.Proposals.Propose)
            .Produces<ProposalDto>(202).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        p.MapPost("/implemented-capital", ProposeImplementedCapital).RequireAuthorization(Permissions.Proposals.Propose)
            .Produces<ProposalDto>(202).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        var g = app.MapGroup("/api/v1/proposals").WithTags("Proposals");
        g.MapGet("", ListProposals).RequireAuthorization(Permissions.Proposals.Default)
            .Produces<PagedResult<ProposalDto>>();
        g.MapGet("/{id:guid}", GetProposal).RequireAuthorization(Permissions.Proposals.Default)
            .Produces<ProposalDto>().ProducesProblem(404);
        g.MapPost("/{id:guid}/accept", AcceptProposal).RequireAuthorization(Permissions.Proposals.Decide)
            .Produces<ProposalDto>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
        g.MapPost("/{id:guid}/reject", RejectProposal).RequireAuthorization(Permissions.Proposals.Decide)
            .Produces<ProposalDto>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);

        var admin = app.MapGroup("/api/v1/admin/proposal-settings").WithTags("Administration").RequireAuthorization(Permissions.Administration.Default);
        admin.MapGet("", GetProposalSettings).Produces<ProposalSettingsDto>();
        admin.MapPut("", UpdateProposalSettings)
            .Produces<ProposalSettingsDto>().ProducesValidationProblem().ProducesProblem(412).ProducesProblem(428);
    }

    public static async Task<IResult> ProposeProjectData(Guid id, ProjectDataProposalRequest request, ProposalAppService service, CancellationToken ct) =>
        Accepted(await service.ProposeProjectDataAsync(id, request, ct));

    public static async Task<IResult> ProposeDisbursement(Guid id, DisbursementProposalRequest request, ProposalAppService service, CancellationToken ct) =>
        Accepted(await service.ProposeDisbursementAsync(id, request, ct));

    public static async Task<IResult> ProposeImplementedCapital(Guid id, ImplementedCapitalProposalRequest request, ProposalAppService service, CancellationToken ct) =>
        Accepted(await service.ProposeImplementedCapitalAsync(id, request, ct));

    /// <summary>Proposals newest first; owners see those on their own projects; <c>status=Pending</c> is the officers' queue.</summary>
    public static async Task<IResult> ListProposals([AsParameters] ProposalQuery query, ProposalAppService service, CancellationToken ct) =>
        Results.Ok(await service.ListAsync(query, ct));

    public static async Task<IResult> GetProposal(Guid id, ProposalAppService service, CancellationToken ct) =>
        Results.Ok(await service.GetAsync(id, ct));

    public static async Task<IResult> AcceptProposal(Guid id, AcceptProposalRequest request, ProposalAppService service, CancellationToken ct) =>
        Results.Ok(await service.AcceptAsync(id, request, ct));

    public static async Task<IResult> RejectProposal(Guid id, RejectProposalRequest request, ProposalAppService service, CancellationToken ct) =>
        Results.Ok(await service.RejectAsync(id, request, ct));

    /// <summary>The proposal settings of every kind of change, with their version (also the ETag).</summary>
    public static async Task<IResult> GetProposalSettings(ProposalSettingsAppService service, HttpContext http, CancellationToken ct)
    {
        var dto = await service.GetAsync(ct);
        http.SetETag(dto.Version);
        return Results.Ok(dto);
    }

    /// <summary>Replaces the settings of every kind; send the version read in <c>If-Match</c> (412 when stale, 428 when missing).</summary>
    public static async Task<IResult> UpdateProposalSettings(UpdateProposalSettingsRequest request, ProposalSettingsAppService service, HttpContext http, CancellationToken ct)
    {
        var dto = await service.UpdateAsync(request, http.Request.IfMatch(), ct);
        http.SetETag(dto.Version);
        return Results.Ok(dto);
    }

    /// <summary>202: the change is held as a proposal (chờ xác nhận); it counts once an officer accepts it.</summary>
    public static IResult Accepted(ProposalDto dto) => Results.Accepted($"/api/v1/proposals/{dto.Id}", dto);

    /// <summary>The reason given on a direct edit that becomes a proposal (header <c>X-Change-Reason</c>, URL-encoded).</summary>
    public static string ReasonOf(HttpRequest request) =>
        request.Headers["X-Change-Reason"].FirstOrDefault() is { Length: > 0 } r ? Uri.UnescapeDataString(r) : "Cập nhật trực tiếp, không nêu lý do";
}
