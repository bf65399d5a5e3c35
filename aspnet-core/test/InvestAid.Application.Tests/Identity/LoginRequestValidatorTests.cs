using AwesomeAssertions;
using FluentValidation;
using InvestAid.Identity;

namespace InvestAid.Application.Identity;

public sealed class LoginRequestValidatorTests
{
    private readonly LoginRequestValidator _validator = new();

    // The messages are read by key from the application's language manager, which AddInvestAidApplication installs;
    // set here too, so the class passes whether or not a test that builds the services ran before it.
    static LoginRequestValidatorTests()
    {
        ValidatorOptions.Global.PropertyNameResolver = Validation.CamelCasePropertyNameResolver.ResolvePropertyName;
        ValidatorOptions.Global.LanguageManager = new Validation.ValidationLanguageManager();
    }

    [Fact]
    public void A_well_formed_request_passes()
    {
        _validator.Validate(new LoginRequest("officer@investaid.local", "secret")).IsValid.Should().BeTrue();
    }

    [Theory]
    [InlineData("", "email", "Vui lòng nhập email.")]
    [InlineData("no-at-sign", "email", "Email không hợp lệ.")]
    public void Bad_emails_are_named_in_vietnamese(string email, string field, string message)
    {
        var result = _validator.Validate(new LoginRequest(email, "secret"));

        result.Errors.Should().ContainSingle(e => e.PropertyName == field && e.ErrorMessage == message);
    }

    [Fact]
    public void An_oversized_email_is_refused()
    {
        var email = new string('a', AccountConsts.MaxEmailLength) + "@x.vn";

        _validator.Validate(new LoginRequest(email, "secret")).Errors
            .Should().Contain(e => e.PropertyName == "email" && e.ErrorMessage.Contains("256"));
    }

    [Fact]
    public void An_empty_password_is_refused()
    {
        _validator.Validate(new LoginRequest("a@b.vn", "")).Errors
            .Should().ContainSingle(e => e.PropertyName == "password");
    }
}
