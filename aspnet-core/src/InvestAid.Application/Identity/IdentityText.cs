using InvestAid.Text;
using Microsoft.AspNetCore.Identity;

namespace InvestAid.Identity;

/// <summary>ASP.NET Core Identity's errors (English only) in the request's language, by their stable codes.</summary>
public static class IdentityText
{
    public static string Describe(IdentityError e) => e.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) => Localized.Pick("Mật khẩu quá ngắn.", e.Description),
        nameof(IdentityErrorDescriber.PasswordRequiresDigit) => Localized.Pick("Mật khẩu phải có ít nhất một chữ số.", e.Description),
        nameof(IdentityErrorDescriber.PasswordRequiresLower) => Localized.Pick("Mật khẩu phải có ít nhất một chữ thường.", e.Description),
        nameof(IdentityErrorDescriber.PasswordRequiresUpper) => Localized.Pick("Mật khẩu phải có ít nhất một chữ hoa.", e.Description),
        nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) => Localized.Pick("Mật khẩu phải có ít nhất một ký tự đặc biệt.", e.Description),
        nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => Localized.Pick("Mật khẩu cần nhiều ký tự khác nhau hơn.", e.Description),
        nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName) =>
            Localized.Pick("Đã có tài khoản với email này.", e.Description),
        nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) => Localized.Pick("Email không hợp lệ.", e.Description),
        _ => Localized.Pick($"Không thực hiện được ({e.Code}).", e.Description),
    };
}
