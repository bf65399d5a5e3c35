namespace InvestAid.Projects;

public sealed record NgoDetailsDto(
    AidType AidType,
    decimal CommittedAmount,
    string Currency,
    decimal RateToUsd,
    string? ReceivingAgencyCode,
    string? Field,
    string? ApprovalDecisionNumber,
    DateOnly? ApprovalDate);
