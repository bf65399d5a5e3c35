namespace InvestAid.Projects;

/// <summary>Non-government aid: what was committed, in which currency, received by which agency, approved by which decision.</summary>
public sealed record NgoDetails(
    AidType AidType,
    decimal CommittedAmount,
    string Currency,
    decimal RateToUsd,
    string? ReceivingAgencyCode,
    string? Field,
    string? ApprovalDecisionNumber,
    DateOnly? ApprovalDate)
{
    public decimal CommittedUsd => Math.Round(CommittedAmount * RateToUsd, 2);
}
