using InvestAid.Hosting;
using InvestAid.Identity;

namespace InvestAid.Finance;

/// <summary>Money over time on one project: plans, disbursements, receipts, implemented capital, and the year's summary.</summary>
public sealed class FinanceEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/projects/{id:guid}").WithTags("Finance");
        g.MapGet("/plans", ListCapitalPlans).RequireAuthorization(Permissions.Finance.Default)
            .Produces<IReadOnlyList<CapitalPlanDto>>().ProducesProblem(404);
        g.MapPost("/plans", RecordCapitalPlan).RequireAuthorization(Permissions.Finance.Edit)
            .Produces<CapitalPlanDto>(201).ProducesValidationProblem().ProducesProblem(404);
        g.MapGet("/disbursements", ListDisbursements).RequireAuthorization(Permissions.Finance.Default)
            .Produces<IReadOnlyList<DisbursementDto>>().ProducesProblem(404);
        g.MapPost("/disbursements", RecordDisbursement).RequireAuthorization(Permissions.Finance.Edit)
            .Produces<DisbursementDto>(201).Produces<InvestAid.Proposals.ProposalDto>(202).ProducesValidationProblem().ProducesProblem(404);
        g.MapGet("/receipts", ListReceipts).RequireAuthorization(Permissions.Finance.Default)
            .Produces<ReceiptsDto>().ProducesProblem(404);
        g.MapPost("/receipts", RecordReceipt).RequireAuthorization(Permissions.Finance.Edit)
            .Produces<ReceiptDto>(201).ProducesValidationProblem().ProducesProblem(404);
        g.MapPost("/receipts/schedule", RecordExpectedReceipt).RequireAuthorization(Permissions.Finance.Edit)
            .Produces<ExpectedReceiptDto>(201).ProducesValidationProblem().ProducesProblem(404);
        g.MapGet("/implemented-capital", ListImplementedCapital).RequireAuthorization(Permissions.Finance.Default)
            .Produces<IReadOnlyList<ImplementedCapitalDto>>().ProducesProblem(404);
        g.MapPost("/implemented-capital", ReportImplementedCapital).RequireAuthorization(Permissions.Finance.Edit)
            .Produces<ImplementedCapitalDto>().Produces<InvestAid.Proposals.ProposalDto>(202).ProducesValidationProblem().ProducesProblem(404);
        g.MapGet("/finance", GetFinanceSummary).RequireAuthorization(Permissions.Finance.Default)
            .Produces<FinanceSummaryDto>().ProducesProblem(404);
        app.MapGet("/api/v1/finance/disbursement-rates", ListDonorDisbursementRates).WithTags("Finance")
            .RequireAuthorization(Permissions.Reports.Province).Produces<IReadOnlyList<DonorDisbursementRateDto>>();
    }

    public static async Task<IResult> ListCapitalPlans(Guid id, int? year, FinanceAppService service, CancellationToken ct) =>
        Results.Ok(await service.ListPlansAsync(id, year, ct));

    public static async Task<IResult> RecordCapitalPlan(Guid id, CapitalPlanInput input, FinanceAppService service, CancellationToken ct)
    {
        var dto = await service.RecordPlanAsync(id, input, ct);
        return Results.Created($"/api/v1/projects/{id}/plans?year={dto.Year}", dto);
    }

    public static async Task<IResult> ListDisbursements(Guid id, int? year, FinanceAppService service, CancellationToken ct) =>
        Results.Ok(await service.ListDisbursementsAsync(id, year, ct));

    /// <remarks>An owner's row (or an officer's, where a second person is required) is held as a proposal: 202 with the proposal.</remarks>
    public static async Task<IResult> RecordDisbursement(Guid id, DisbursementInput input, FinanceAppService service,
        InvestAid.Proposals.ProposalPolicy policy, InvestAid.Proposals.ProposalAppService proposals, HttpRequest http, CancellationToken ct)
    {
        if (await policy.MustProposeAsync(InvestAid.Proposals.ProposalKinds.Disbursement, ct))
        {
            return InvestAid.Validation.ProposalEndpoints.Accepted(await proposals.ProposeDisbursementAsync(id,
                new InvestAid.Proposals.DisbursementProposalRequest(input, InvestAid.Validation.ProposalEndpoints.ReasonOf(http)), ct));
        }
        var dto = await service.RecordDisbursementAsync(id, input, ct);
        return Results.Created($"/api/v1/projects/{id}/disbursements", dto);
    }

    public static async Task<IResult> ListReceipts(Guid id, FinanceAppService service, CancellationToken ct) =>
        Results.Ok(await service.ListReceiptsAsync(id, ct));

    public static async Task<IResult> RecordReceipt(Guid id, ReceiptInput input, FinanceAppService service, CancellationToken ct)
    {
        var dto = await service.RecordReceiptAsync(id, input, ct);
        return Results.Created($"/api/v1/projects/{id}/receipts", dto);
    }

    public static async Task<IResult> RecordExpectedReceipt(Guid id, ExpectedReceiptInput input, FinanceAppService service, CancellationToken ct)
    {
        var dto = await service.RecordExpectedReceiptAsync(id, input, ct);
        return Results.Created($"/api/v1/projects/{id}/receipts", dto);
    }

    public static async Task<IResult> ListImplementedCapital(Guid id, FinanceAppService service, CancellationToken ct) =>
        Results.Ok(await service.ListImplementedCapitalAsync(id, ct));

    /// <remarks>An owner's figure is held as a proposal (202); enterprises normally file their quarterly report instead.</remarks>
    public static async Task<IResult> ReportImplementedCapital(Guid id, ImplementedCapitalInput input, FinanceAppService service,
        InvestAid.Proposals.ProposalPolicy policy, InvestAid.Proposals.ProposalAppService proposals, HttpRequest http, CancellationToken ct)
    {
        if (await policy.MustProposeAsync(InvestAid.Proposals.ProposalKinds.ImplementedCapital, ct))
        {
            return InvestAid.Validation.ProposalEndpoints.Accepted(await proposals.ProposeImplementedCapitalAsync(id,
                new InvestAid.Proposals.ImplementedCapitalProposalRequest(input, InvestAid.Validation.ProposalEndpoints.ReasonOf(http)), ct));
        }
        return Results.Ok(await service.ReportImplementedCapitalAsync(id, input, ct));
    }

    public static async Task<IResult> GetFinanceSummary(Guid id, int? year, FinanceAppService service, CancellationToken ct) =>
        Results.Ok(await service.SummaryAsync(id, year, ct));

    public static async Task<IResult> ListDonorDisbursementRates(int year, FinanceAppService service, CancellationToken ct) =>
        Results.Ok(await service.DonorRatesAsync(year, ct));
}
