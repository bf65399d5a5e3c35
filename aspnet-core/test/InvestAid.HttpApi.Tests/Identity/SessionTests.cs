using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AwesomeAssertions;
using InvestAid.Identity;
using InvestAid.TestBase;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace InvestAid.HttpApi.Identity;

/// <summary>
/// Sessions end at once (docs/security.md): short access tokens, single-use refresh tokens, and logout, lockout and any security
/// stamp change (user administration's contract) revoke every bearer token, refresh token and cookie of the user.
/// Each test signs in as a user of its own, so that revoking it ends no other test's session.
/// </summary>
public sealed class SessionTests(ApiFactory factory)
{
    private const string Password = "Session-Test-2026";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Access_tokens_are_short_and_a_refresh_token_works_once()
    {
        var email = await CreateUserAsync();
        var client = factory.CreateClient();
        var first = await LoginAsync(client, email);
        first.ExpiresIn.Should().Be((long)AccountConsts.AccessTokenLifetime.TotalSeconds);

        var refreshed = await client.PostAsJsonAsync("/api/account/refresh", new { refreshToken = first.RefreshToken }, Ct);
        refreshed.StatusCode.Should().Be(HttpStatusCode.OK, await refreshed.Content.ReadAsStringAsync(Ct));
        var second = (await refreshed.Content.ReadFromJsonAsync<ApiFactory.TokenResponse>(Ct))!;
        second.RefreshToken.Should().NotBe(first.RefreshToken);
        (await MeAsync(client, second.AccessToken)).Should().Be(HttpStatusCode.OK);

        // The same refresh token again: refused, and as a replayed (stolen) token would, it ends the user's sessions.
        var replay = await client.PostAsJsonAsync("/api/account/refresh", new { refreshToken = first.RefreshToken }, Ct);
        replay.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await MeAsync(client, second.AccessToken)).Should().Be(HttpStatusCode.Unauthorized);
        (await client.PostAsJsonAsync("/api/account/refresh", new { refreshToken = second.RefreshToken }, Ct)).StatusCode
            .Should().Be(HttpStatusCode.Unauthorized);
        (await client.PostAsJsonAsync("/api/account/refresh", new { refreshToken = "not-a-token" }, Ct)).StatusCode
            .Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Logout_ends_the_bearer_token_its_refresh_token_and_the_users_cookie_session()
    {
        var email = await CreateUserAsync();
        var api = factory.CreateClient();
        var token = await LoginAsync(api, email);
        var browser = factory.CreateClient();
        (await browser.PostAsJsonAsync("/api/account/login?useCookies=true", new LoginRequest(email, Password), Ct)).EnsureSuccessStatusCode();
        (await browser.GetAsync("/api/account/me", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);

        using (var logout = new HttpRequestMessage(HttpMethod.Post, "/api/account/logout"))
        {
            logout.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
            (await api.SendAsync(logout, Ct)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        }

        (await MeAsync(api, token.AccessToken)).Should().Be(HttpStatusCode.Unauthorized);
        (await api.PostAsJsonAsync("/api/account/refresh", new { refreshToken = token.RefreshToken }, Ct)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await browser.GetAsync("/api/account/me", Ct)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_lockout_ends_the_users_sessions()
    {
        var email = await CreateUserAsync();
        var client = factory.CreateClient();
        var token = await LoginAsync(client, email);
        for (var attempt = 1; attempt <= AccountConsts.MaxFailedAccessAttempts; attempt++)
        {
            await client.PostAsJsonAsync("/api/account/login", new LoginRequest(email, "wrong-password"), Ct);
        }

        (await MeAsync(client, token.AccessToken)).Should().Be(HttpStatusCode.Unauthorized);
        (await client.PostAsJsonAsync("/api/account/refresh", new { refreshToken = token.RefreshToken }, Ct)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_security_stamp_change_by_other_code_revokes_the_session_on_the_next_check()
    {
        var email = await CreateUserAsync();
        var client = factory.CreateClient();
        var token = await LoginAsync(client, email);
        (await MeAsync(client, token.AccessToken)).Should().Be(HttpStatusCode.OK);

        // What user administration does after a role change, disabling or a password reset.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            (await users.RemoveFromRoleAsync(user, RoleNames.Viewer)).Succeeded.Should().BeTrue();
            (await users.UpdateSecurityStampAsync(user)).Succeeded.Should().BeTrue();
        }

        // This node may have the user's state cached for SessionValidator.CacheFor; after that the token is refused.
        await Task.Delay(SessionValidator.CacheFor + TimeSpan.FromMilliseconds(200), Ct);
        (await MeAsync(client, token.AccessToken)).Should().Be(HttpStatusCode.Unauthorized);
    }

    private async Task<string> CreateUserAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser($"session.{Guid.NewGuid():N}@investaid.local", "Phiên thử");
        (await users.CreateAsync(user, Password)).Succeeded.Should().BeTrue();
        // A viewer: these users stay in the database the other classes share, and a viewer is sent no reminders.
        (await users.AddToRoleAsync(user, RoleNames.Viewer)).Succeeded.Should().BeTrue();
        return user.Email!;
    }

    private static async Task<ApiFactory.TokenResponse> LoginAsync(HttpClient client, string email)
    {
        var response = await client.PostAsJsonAsync("/api/account/login", new LoginRequest(email, Password), Ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ApiFactory.TokenResponse>(Ct))!;
    }

    private static async Task<HttpStatusCode> MeAsync(HttpClient client, string accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/account/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return (await client.SendAsync(request, Ct)).StatusCode;
    }
}
