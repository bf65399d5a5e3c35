using InvestAid.Common;
using InvestAid.Hosting;
using InvestAid.Identity;
using InvestAid.Projects;

namespace InvestAid.Finance;

/// <summary>Exchange rates (reference data): list, the rate on a day, manual entry, CSV/Excel import.</summary>
public sealed class ExchangeRateEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/exchange-rates").WithTags("ExchangeRates");
        g.MapGet("", ListExchangeRates).RequireAuthorization(Permissions.Finance.Default)
            .Produces<PagedResult<ExchangeRateDto>>();
        g.MapPut("", SetExchangeRate).RequireAuthorization(Permissions.Finance.ExchangeRates)
            .Produces<ExchangeRateDto>().ProducesValidationProblem();
        g.MapPost("/import", ImportExchangeRates).RequireAuthorization(Permissions.Finance.ExchangeRates)
            .DisableAntiforgery().Accepts<IFormFile>("multipart/form-data").Produces<ImportResultDto>().ProducesValidationProblem();
    }

    public static async Task<IResult> ListExchangeRates([AsParameters] ExchangeRateQuery query, ExchangeRateAppService service, CancellationToken ct) =>
        Results.Ok(await service.ListAsync(query, ct));

    public static async Task<IResult> SetExchangeRate(ExchangeRateInput input, ExchangeRateAppService service, CancellationToken ct) =>
        Results.Ok(await service.SetAsync(input, ct));

    public static async Task<IResult> ImportExchangeRates(IFormFile file, ExchangeRateAppService service, CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        var csv = file.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || file.ContentType.Contains("csv", StringComparison.OrdinalIgnoreCase);
        return Results.Ok(await service.ImportAsync(stream, csv, ct));
    }
}
