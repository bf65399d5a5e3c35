namespace InvestAid.Finance;

/// <summary>A project's capital plan for <see cref="Year"/>, or a revision of it (with its <see cref="Reason"/>), effective on <see cref="EffectiveDate"/>.</summary>
public sealed record CapitalPlanInput(
    int Year, DateOnly EffectiveDate, string? Reason, string Currency,
    decimal ForeignAmount, decimal CounterpartAmount, decimal? ForeignVnd, decimal? CounterpartVnd);
