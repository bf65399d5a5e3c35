namespace InvestAid.Freezes;

public sealed record FreezeEventDto(Guid Id, DateOnly FreezeDate, int GraceDays, DateOnly EffectiveFrom, FreezeCoverage Coverage, string? Note,
    string? DeclaredBy, DateTimeOffset DeclaredAt);

public sealed record FreezeEventInput(DateOnly FreezeDate, int GraceDays, FreezeCoverage Coverage, string? Note);

/// <summary>A leader's exception: for which project and month, why, who granted it (by name) and when, and the entry it let in once used.</summary>
public sealed record FreezeExceptionDto(Guid Id, Guid ProjectId, int Year, int Month, string Reason, string? GrantedByName, DateTimeOffset GrantedAt,
    DateTimeOffset? UsedAt, string? UsedFor, string ProjectCode = "", string ProjectName = "");

/// <summary>A leader's exception for one project's entry dated in a frozen month.</summary>
public sealed record FreezeExceptionInput(Guid ProjectId, int Year, int Month, string Reason);

/// <summary>Whether a day is frozen for a kind of entry, and why (Vietnamese and English).</summary>
public sealed record FrozenCheckDto(DateOnly Date, FreezeCoverage Coverage, bool Frozen, string? ReasonVi, string? ReasonEn);
