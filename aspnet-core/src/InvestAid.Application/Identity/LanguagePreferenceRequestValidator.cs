using FluentValidation;
using InvestAid.Validation;

namespace InvestAid.Identity;

public sealed class LanguagePreferenceRequestValidator : AbstractValidator<LanguagePreferenceRequest>
{
    public LanguagePreferenceRequestValidator() =>
        RuleFor(x => x.Language).Must(UserLanguages.IsKnown).WithMessageKey("account.language");
}
