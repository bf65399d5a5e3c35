using FluentValidation;
using InvestAid.Projects;
using InvestAid.ReferenceData;

namespace InvestAid.Finance;

/// <summary>Rules shared by the money validators: known currency, positive amount, dates within the registry's range.</summary>
internal static class FinanceRules
{
    public static IRuleBuilderOptions<T, string> KnownCurrency<T>(this IRuleBuilder<T, string> rule, ReferenceCodeSet codes) =>
        rule.Must(c => c is not null && codes.Contains(ReferenceKind.Currency, c.ToUpperInvariant()))
            .WithMessage((_, c) => $"Không có loại tiền mã '{c}'.");

    public static IRuleBuilderOptions<T, decimal> PositiveAmount<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.GreaterThan(0).WithMessage("Số tiền phải lớn hơn 0.")
            .LessThanOrEqualTo(FinanceConsts.MaxAmount).WithMessage("Số tiền vượt quá giới hạn hợp lý.");

    public static IRuleBuilderOptions<T, decimal> NonNegativeAmount<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.GreaterThanOrEqualTo(0).WithMessage("Số tiền không được âm.")
            .LessThanOrEqualTo(FinanceConsts.MaxAmount).WithMessage("Số tiền vượt quá giới hạn hợp lý.");

    public static IRuleBuilderOptions<T, decimal?> OptionalRate<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.Must(r => r is null or > 0 and <= FinanceConsts.MaxRate).WithMessage("Tỷ giá phải lớn hơn 0.");

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
            .Must((x, r) => r is null || !Is(currency(x), "USD") || r == 1m).WithMessage("Tiền USD có tỷ giá sang USD bằng 1.")
            .Must((x, r) => r is null || Is(currency(x), "USD") || r is >= MinRateToUsd and <= MaxRateToUsd)
            .WithMessage($"Tỷ giá sang USD không hợp lý (phải từ {MinRateToUsd} đến {MaxRateToUsd}).");
        validator.RuleFor(rateToVnd)
            .Must((x, r) => r is null || !Is(currency(x), "VND") || r == 1m).WithMessage("Tiền VND có tỷ giá sang VND bằng 1.")
            .Must((x, r) => r is null || Is(currency(x), "VND") || r is >= MinRateToVnd and <= MaxRateToVnd)
            .WithMessage($"Tỷ giá sang VND không hợp lý (phải từ {MinRateToVnd} đến {MaxRateToVnd:N0}).")
            .Must((x, r) => r is not { } vnd || toUsd(x) is not { } usd || usd <= 0 || vnd / usd is >= MinUsdInVnd and <= MaxUsdInVnd)
            .WithMessage($"Hai tỷ giá không khớp nhau: 1 USD phải từ {MinUsdInVnd:N0} đến {MaxUsdInVnd:N0} VND.");
    }

    private const decimal MinRateToUsd = 0.00001m;
    private const decimal MaxRateToUsd = 10m;
    private const decimal MinRateToVnd = 0.1m;
    private const decimal MaxRateToVnd = 500_000m;
    private const decimal MinUsdInVnd = 10_000m;
    private const decimal MaxUsdInVnd = 100_000m;

    private static bool Is(string? currency, string code) => string.Equals(currency?.Trim(), code, StringComparison.OrdinalIgnoreCase);

    public static IRuleBuilderOptions<T, DateOnly> InRegistryRange<T>(this IRuleBuilder<T, DateOnly> rule) =>
        rule.Must(d => d >= ProjectConsts.MinDate && d <= ProjectConsts.MaxDate).WithMessage("Ngày không hợp lệ (phải từ năm 1988 đến năm 2100).");

    public static IRuleBuilderOptions<T, DateOnly> NotBefore<T>(this IRuleBuilder<T, DateOnly> rule, DateOnly? start, string what) =>
        rule.Must(d => start is null || d >= start.Value).WithMessage($"Ngày không được trước {what} ({start:dd/MM/yyyy}).");
}
