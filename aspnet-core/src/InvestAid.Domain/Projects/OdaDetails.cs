namespace InvestAid.Projects;

/// <summary>
/// An ODA or concessional-loan project's financing agreement and its funds, in the agreement's
/// currency, with the exchange rates recorded on <see cref="RateDate"/>.
/// </summary>
public sealed record OdaDetails(
    string? AgreementNumber,
    DateOnly? AgreementDate,
    string Currency,
    decimal OdaAmount,
    decimal LoanAmount,
    decimal CounterpartAmount,
    decimal RateToUsd,
    decimal RateToVnd,
    DateOnly? RateDate)
{
    public decimal TotalAmount => OdaAmount + LoanAmount + CounterpartAmount;
    public decimal TotalUsd => Math.Round(TotalAmount * RateToUsd, 2);
    public decimal TotalVnd => Math.Round(TotalAmount * RateToVnd, 0);
}
