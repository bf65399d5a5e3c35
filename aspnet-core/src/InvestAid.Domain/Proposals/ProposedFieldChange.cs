namespace InvestAid.Proposals;

/// <summary>One field of a proposal: its value in the record when proposed, the proposed value (both as JSON), and the officer's decision.</summary>
public sealed record ProposedFieldChange(string Field, string? OldValue, string? NewValue, bool? Accepted = null);
