using System.Net;
using System.Net.Http.Json;
using AwesomeAssertions;
using InvestAid.Errors;
using InvestAid.Identity;
using InvestAid.TestBase;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace InvestAid.HttpApi.Identity;

/// <summary>The web app's way in: the auth cookie plus the anti-forgery token echoed in a header.</summary>
public sealed class CookieSessionTests(ApiFactory factory)
{
    [Fact]
    public async Task Cookie_sign_in_then_me_then_sign_out_with_the_antiforgery_token()
    {
        var client = factory.CreateClient();
        var ct = TestContext.Current.CancellationToken;
        // A leader of its own: logging out ends every session of the user, and other tests sign in as the demo leader.
        var email = $"leader.{Guid.NewGuid():N}@investaid.local";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser(email, "Lãnh đạo thử");
            (await users.CreateAsync(user, "Leader-Session-2026")).Succeeded.Should().BeTrue();
            (await users.AddToRoleAsync(user, RoleNames.Leader)).Succeeded.Should().BeTrue();
        }

        var login = await client.PostAsJsonAsync("/api/account/login?useCookies=true",
            new LoginRequest(email, "Leader-Session-2026"), ct);
        login.StatusCode.Should().Be(HttpStatusCode.OK);
        (await login.Content.ReadFromJsonAsync<CurrentUserDto>(ct))!.Roles.Should().Equal(RoleNames.Leader);
        var xsrf = ReadCookie(login, "XSRF-TOKEN");
        xsrf.Should().NotBeNullOrEmpty();
        ReadCookie(login, "investaid.auth").Should().NotBeNullOrEmpty();

        (await client.GetAsync("/api/account/me", ct)).StatusCode.Should().Be(HttpStatusCode.OK);

        var forged = await client.PostAsync("/api/account/logout", null, ct);
        await forged.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.AntiforgeryInvalid);
        (await client.GetAsync("/api/account/me", ct)).StatusCode.Should().Be(HttpStatusCode.OK, "a forged logout changes nothing");

        using var logout = new HttpRequestMessage(HttpMethod.Post, "/api/account/logout");
        logout.Headers.Add("X-XSRF-TOKEN", xsrf);
        (await client.SendAsync(logout, ct)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await client.GetAsync("/api/account/me", ct)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    private static string? ReadCookie(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.Where(v => v.StartsWith(name + "=", StringComparison.Ordinal))
                .Select(v => Uri.UnescapeDataString(v[(name.Length + 1)..].Split(';')[0]))
                .FirstOrDefault()
            : null;
}
