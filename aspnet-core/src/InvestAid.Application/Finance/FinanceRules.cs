using InvestAid.Validation;
using FluentValidation;
using InvestAid.Projects;
using InvestAid.ReferenceData;

namespace InvestAid.Finance;

/// <summary>Rules shared by the money validators: known currency, positive amount, dates within the registry's range.</summary>
internal static class FinanceRules
{
    public static IRuleBuilderOptions<T, string> KnownCurrency<T>(this IRuleBuilder<T, string> rule, ReferenceCodeSet codes) =>
        rule.Must(c => c is not null && codes.Contains(ReferenceKind.Currency, c.ToUpperInvariant()))
            .WithMessageKey("reference.unknownCurrency");

    public static IRuleBuilderOptions<T, decimal> PositiveAmount<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.GreaterThan(0).WithMessageKey("common.amountPositive")
            .LessThanOrEqualTo(FinanceConsts.MaxAmount).WithMessageKey("common.amountTooLarge");

    public static IRuleBuilderOptions<T, decimal> NonNegativeAmount<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.GreaterThanOrEqualTo(0).WithMessageKey("common.amountNegative")
            .LessThanOrEqualTo(FinanceConsts.MaxAmount).WithMessageKey("common.amountTooLarge");

    public static IRuleBuilderOptions<T, decimal?> OptionalRate<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.Must(r => r is null or > 0 and <= FinanceConsts.MaxRate).WithMessageKey("finance.ratePositive");

    /// <summary>
    /// The rates agree with the currency (docs/security.md): USD has <c>rateToUsd</c> 1 and VND <c>rateToVnd</c> 1; other rates are
    /// within plausible bounds (a VND per unit between 0.1 and 500,000, USD per unit between 0.00001 and 10), and together they
    /// imply a USD rate between 10,000 and 100,000 VND. A rate left out is looked up in the rate table.
    /// </summary>
    public static void RatesAgreeWithCurrency<T>(this AbstractValidator<T> validator, Func<T, string?> currency,
        System.Linq.Expressions.Expression<Func<T, decimal?>> rateToVnd, System.Linq.Expressions.Expression<Func<T, decimal?>> rateToUsd)
    {
        var toVnd = rateToVnd.Compile();
        var toUsd = rateToUsd.Compile();
        validator.RuleFor(rateToUsd)
            .Must((x, r) => r is null || !Is(currency(x), "USD") || r == 1m).WithMessageKey("finance.rateUsdOne")
            .Must((x, r) => r is null || Is(currency(x), "USD") || r is >= MinRateToUsd and <= MaxRateToUsd)
            .WithMessageKey("finance.rateToUsdRange", MinRateToUsd, MaxRateToUsd);
        validator.RuleFor(rateToVnd)
            .Must((x, r) => r is null || !Is(currency(x), "VND") || r == 1m).WithMessageKey("finance.rateVndOne")
            .Must((x, r) => r is null || Is(currency(x), "VND") || r is >= MinRateToVnd and <= MaxRateToVnd)
            .WithMessageKey("finance.rateToVndRange", MinRateToVnd, MaxRateToVnd)
            .Must((x, r) => r is not { } vnd || toUsd(x) is not { } usd || usd <= 0 || vnd / usd is >= MinUsdInVnd and <= MaxUsdInVnd)
            .WithMessageKey("finance.ratesDisagree", MinUsdInVnd, MaxUsdInVnd);
    }

    private const decimal MinRateToUsd = 0.00001m;
    private const decimal MaxRateToUsd = 10m;
    private const decimal MinRateToVnd = 0.1m;
    private const decimal MaxRateToVnd = 500_000m;
    private const decimal MinUsdInVnd = 10_000m;
    private const decimal MaxUsdInVnd = 100_000m;

    private static bool Is(string? currency, string code) => string.Equals(currency?.Trim(), code, StringComparison.OrdinalIgnoreCase);

    public static IRuleBuilderOptions<T, DateOnly> InRegistryRange<T>(this IRuleBuilder<T, DateOnly> rule) =>
        rule.Must(d => d >= ProjectConsts.MinDate && d <= ProjectConsts.MaxDate).WithMessageKey("common.dateOutOfRange");

    public static IRuleBuilderOptions<T, DateOnly> NotBefore<T>(this IRuleBuilder<T, DateOnly> rule, DateOnly? start, string whatKey) =>
        rule.Must(d => start is null || d >= start.Value).WithMessage(_ => ValidationText.Format("common.notBefore", ValidationText.Get(whatKey), start));
}
