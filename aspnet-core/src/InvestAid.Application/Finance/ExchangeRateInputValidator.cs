using InvestAid.Validation;
using FluentValidation;
using InvestAid.ReferenceData;

namespace InvestAid.Finance;

public sealed class ExchangeRateInputValidator : AbstractValidator<ExchangeRateInput>
{
    public ExchangeRateInputValidator(ReferenceCodeSet codes)
    {
        RuleFor(x => x.Currency).KnownCurrency(codes);
        RuleFor(x => x.Date).InRegistryRange();
        RuleFor(x => x.RateToVnd).GreaterThan(0).LessThanOrEqualTo(FinanceConsts.MaxRate).WithMessageKey("finance.ratePositive");
        RuleFor(x => x.RateToUsd).GreaterThan(0).LessThanOrEqualTo(FinanceConsts.MaxRate).WithMessageKey("finance.ratePositive");
        this.RatesAgreeWithCurrency(x => x.Currency, x => x.RateToVnd, x => x.RateToUsd);
    }
}
