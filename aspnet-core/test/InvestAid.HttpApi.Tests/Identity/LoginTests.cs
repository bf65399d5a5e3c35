using System.Net;
using System.Net.Http.Json;
using AwesomeAssertions;
using InvestAid.Errors;
using InvestAid.Identity;
using InvestAid.TestBase;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace InvestAid.HttpApi.Identity;

public sealed class LoginTests(ApiFactory factory)
{
    [Fact]
    public async Task Officer_signs_in_with_a_bearer_token_and_reads_who_they_are()
    {
        var client = await factory.CreateClientAsAsync("officer@investaid.local");

        var me = await client.GetFromJsonAsync<CurrentUserDto>("/api/account/me", TestContext.Current.CancellationToken);

        me!.Email.Should().Be("officer@investaid.local");
        me.Roles.Should().Equal(RoleNames.Officer);
        me.DisplayName.Should().Be("Nguyễn Thị Hương");
    }

    [Fact]
    public async Task Wrong_password_is_401_problem_with_stable_code()
    {
        var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/account/login",
            new LoginRequest("approver@investaid.local", "not-the-password"), TestContext.Current.CancellationToken);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, ErrorCodes.InvalidCredentials);
        problem.GetProperty("detail").GetString().Should().Be("Email hoặc mật khẩu không đúng.");
    }

    [Fact]
    public async Task Unknown_email_is_the_same_401_as_a_wrong_password()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/account/login",
            new LoginRequest("nobody@investaid.local", "whatever-password"), TestContext.Current.CancellationToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, ErrorCodes.InvalidCredentials);
    }

    [Fact]
    public async Task Protected_endpoint_without_token_is_401_problem()
    {
        var response = await factory.CreateClient().GetAsync("/api/account/me", TestContext.Current.CancellationToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, ErrorCodes.Unauthenticated);
    }

    [Fact]
    public async Task A_garbage_bearer_token_is_401()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "not-a-token");

        var response = await client.GetAsync("/api/account/me", TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task After_five_wrong_passwords_the_account_is_locked_even_for_the_right_one()
    {
        const string email = "lockout.probe@investaid.local";
        const string password = "Lockout-Probe-2026";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            (await users.CreateAsync(new AppUser(email, "Lockout probe"), password)).Succeeded.Should().BeTrue();
        }
        var client = factory.CreateClient();
        var ct = TestContext.Current.CancellationToken;

        for (var attempt = 1; attempt < AccountConsts.MaxFailedAccessAttempts; attempt++)
        {
            var wrong = await client.PostAsJsonAsync("/api/account/login", new LoginRequest(email, "wrong-password"), ct);
            await wrong.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, ErrorCodes.InvalidCredentials);
        }
        var fifth = await client.PostAsJsonAsync("/api/account/login", new LoginRequest(email, "wrong-password"), ct);
        await fifth.ShouldBeProblemAsync(HttpStatusCode.Locked, ErrorCodes.LockedOut);

        var sixth = await client.PostAsJsonAsync("/api/account/login", new LoginRequest(email, password), ct);
        await sixth.ShouldBeProblemAsync(HttpStatusCode.Locked, ErrorCodes.LockedOut);
    }

    [Fact]
    public async Task Empty_and_malformed_fields_are_400_naming_the_field()
    {
        var client = factory.CreateClient();
        var ct = TestContext.Current.CancellationToken;

        var response = await client.PostAsJsonAsync("/api/account/login", new LoginRequest("not-an-email", ""), ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        var errors = problem.GetProperty("errors");
        errors.GetProperty("email")[0].GetString().Should().Be("Email không hợp lệ.");
        errors.GetProperty("password")[0].GetString().Should().Be("Vui lòng nhập mật khẩu.");
    }

    [Fact]
    public async Task Unreadable_json_is_400_problem()
    {
        var content = new StringContent("{\"email\": 42,", System.Text.Encoding.UTF8, "application/json");

        var response = await factory.CreateClient().PostAsync("/api/account/login", content, TestContext.Current.CancellationToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.MalformedRequest);
    }

    [Fact]
    public async Task There_is_no_self_registration()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/account/register",
            new { email = "new@investaid.local", password = "Whatever-2026" }, TestContext.Current.CancellationToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, ErrorCodes.RouteNotFound);
    }
}
