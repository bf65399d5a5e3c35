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

    public static IRuleBuilderOptions<T, DateOnly> InRegistryRange<T>(this IRuleBuilder<T, DateOnly> rule) =>
        rule.Must(d => d >= ProjectConsts.MinDate && d <= ProjectConsts.MaxDate).WithMessage("Ngày không hợp lệ (phải từ năm 1988 đến năm 2100).");

    public static IRuleBuilderOptions<T, DateOnly> NotBefore<T>(this IRuleBuilder<T, DateOnly> rule, DateOnly? start, string what) =>
        rule.Must(d => start is null || d >= start.Value).WithMessage($"Ngày không được trước {what} ({start:dd/MM/yyyy}).");
}
