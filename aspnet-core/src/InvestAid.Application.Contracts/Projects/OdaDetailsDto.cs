namespace InvestAid.Projects;

/// <summary>Financing agreement and funds in the agreement's currency, with the rates recorded on <c>RateDate</c>.</summary>
public sealed record OdaDetailsDto(
    string? AgreementNumber,
    DateOnly? AgreementDate,
    string Currency,
    decimal OdaAmount,
    decimal LoanAmount,
    decimal CounterpartAmount,
    decimal RateToUsd,
    decimal RateToVnd,
    DateOnly? RateDate);
