using FluentValidation;

namespace InvestAid.Identity;

public sealed class LoginRequestValidator : AbstractValidator<LoginRequest>
{
    public LoginRequestValidator()
    {
        RuleFor(x => x.Email)
            .NotEmpty().WithMessage("Vui lòng nhập email.")
            .MaximumLength(AccountConsts.MaxEmailLength).WithMessage($"Email không được dài quá {AccountConsts.MaxEmailLength} ký tự.")
            .EmailAddress().WithMessage("Email không hợp lệ.");
        RuleFor(x => x.Password)
            .NotEmpty().WithMessage("Vui lòng nhập mật khẩu.")
            .MaximumLength(AccountConsts.MaxPasswordLength).WithMessage($"Mật khẩu không được dài quá {AccountConsts.MaxPasswordLength} ký tự.");
    }
}
