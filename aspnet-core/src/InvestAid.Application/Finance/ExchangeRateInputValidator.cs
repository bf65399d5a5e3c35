using FluentValidation;
using InvestAid.ReferenceData;

namespace InvestAid.Finance;

public sealed class ExchangeRateInputValidator : AbstractValidator<ExchangeRateInput>
{
    public ExchangeRateInputValidator(ReferenceCodeSet codes)
    {
        RuleFor(x => x.Currency).KnownCurrency(codes);
        RuleFor(x => x.Date).InRegistryRange();
        RuleFor(x => x.RateToVnd).GreaterThan(0).LessThanOrEqualTo(FinanceConsts.MaxRate).WithMessage("Tỷ giá phải lớn hơn 0.");
        RuleFor(x => x.RateToUsd).GreaterThan(0).LessThanOrEqualTo(FinanceConsts.MaxRate).WithMessage("Tỷ giá phải lớn hơn 0.");
        this.RatesAgreeWithCurrency(x => x.Currency, x => x.RateToVnd, x => x.RateToUsd);
    }
}
