using InvestAid.Validation;
using FluentValidation;

namespace InvestAid.Identity;

public sealed class LoginRequestValidator : AbstractValidator<LoginRequest>
{
    public LoginRequestValidator()
    {
        RuleFor(x => x.Email)
            .NotEmpty().WithMessageKey("account.emailRequired")
            .MaximumLength(AccountConsts.MaxEmailLength).WithMessageKey("account.emailTooLong")
            .EmailAddress().WithMessageKey("account.emailInvalid");
        RuleFor(x => x.Password)
            .NotEmpty().WithMessageKey("account.passwordRequired")
            .MaximumLength(AccountConsts.MaxPasswordLength).WithMessageKey("account.passwordTooLong");
    }
}
