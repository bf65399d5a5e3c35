namespace InvestAid.Projects;

/// <summary>
/// What a project's record and ledger said at the end of <see cref="From"/> and at the end of <see cref="To"/> (Viet Nam
/// time), rebuilt from its history; values are written for the request's language.
/// </summary>
public sealed record ProjectComparisonDto(
    Guid ProjectId,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<ComparedFieldDto> Fields,
    IReadOnlyList<ComparedLedgerDto> Ledger,
    int ChangesBetween);

/// <summary>One field of the record then and now.</summary>
public sealed record ComparedFieldDto(string Field, string LabelVi, string LabelEn, string? From, string? To, bool Changed);

/// <summary>One ledger (capital events, disbursements, receipts, implemented capital, plans): its entries and total then and now.</summary>
public sealed record ComparedLedgerDto(string Kind, string LabelVi, string LabelEn, int EntriesFrom, int EntriesTo, string? TotalFrom, string? TotalTo, bool Changed);
