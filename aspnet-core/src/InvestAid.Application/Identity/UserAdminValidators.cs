using FluentValidation;
using InvestAid.Text;

namespace InvestAid.Identity;

public sealed class UserCreateInputValidator : AbstractValidator<UserCreateInput>
{
    public UserCreateInputValidator()
    {
        RuleFor(x => x.Email)
            .NotEmpty().WithMessage(_ => Localized.Pick("Vui lòng nhập email.", "Enter the e-mail address."))
            .MaximumLength(AccountConsts.MaxEmailLength).WithMessage(_ => Localized.Pick($"Email không được dài quá {AccountConsts.MaxEmailLength} ký tự.", $"At most {AccountConsts.MaxEmailLength} characters."))
            .EmailAddress().WithMessage(_ => Localized.Pick("Email không hợp lệ.", "Not a valid e-mail address."));
        RuleFor(x => x.DisplayName).NotEmpty().WithMessage(_ => Localized.Pick("Vui lòng nhập họ tên.", "Enter the person's name.")).MaximumLength(200);
        RuleFor(x => x.Password)
            .NotEmpty().WithMessage(_ => Localized.Pick("Vui lòng nhập mật khẩu.", "Enter a password."))
            .MaximumLength(AccountConsts.MaxPasswordLength);
        RuleFor(x => x.Roles).Must(UserRoles.AreKnown).WithMessage(_ => UserRoles.Message());
    }
}

public sealed class UserUpdateInputValidator : AbstractValidator<UserUpdateInput>
{
    public UserUpdateInputValidator()
    {
        RuleFor(x => x.DisplayName).NotEmpty().WithMessage(_ => Localized.Pick("Vui lòng nhập họ tên.", "Enter the person's name.")).MaximumLength(200);
        RuleFor(x => x.Roles).Must(UserRoles.AreKnown).WithMessage(_ => UserRoles.Message());
    }
}

public sealed class PasswordResetInputValidator : AbstractValidator<PasswordResetInput>
{
    public PasswordResetInputValidator() =>
        RuleFor(x => x.Password)
            .NotEmpty().WithMessage(_ => Localized.Pick("Vui lòng nhập mật khẩu mới.", "Enter the new password."))
            .MaximumLength(AccountConsts.MaxPasswordLength);
}

internal static class UserRoles
{
    public static bool AreKnown(IReadOnlyList<string>? roles) => roles is { Count: > 0 } && roles.All(RoleNames.Assignable.Contains);

    public static string Message() => Localized.Pick(
        $"Chọn ít nhất một vai trò trong: {string.Join(", ", RoleNames.Assignable)}.",
        $"Choose at least one role of: {string.Join(", ", RoleNames.Assignable)}.");
}
