using System.Net.Http.Json;
using System.Text.Json;
using AwesomeAssertions;
using InvestAid.Identity;
using InvestAid.TestBase;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace InvestAid.HttpApi.Security;

/// <summary>Brute force against a known and an unknown e-mail looks the same from outside: the lockout does not tell who exists.</summary>
public sealed class LoginEnumerationProbeTests(ApiFactory factory)
{
    [Fact]
    public async Task Six_wrong_passwords_answer_the_same_for_an_existing_and_an_unknown_email()
    {
        var existing = $"enum.{Guid.NewGuid():N}@investaid.local";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            (await users.CreateAsync(new AppUser(existing, "Enumeration probe"), "Enumeration-Probe-2026")).Succeeded.Should().BeTrue();
        }
        var unknown = $"nobody.{Guid.NewGuid():N}@investaid.local";

        var known = await AttemptsAsync(existing);
        var nobody = await AttemptsAsync(unknown);

        known.Should().Equal(nobody, "status, code, title and detail of each attempt must not depend on whether the account exists");
        known[AccountConsts.MaxFailedAccessAttempts - 1].Should().StartWith("423", "the fifth failure locks");
        known[0].Should().StartWith("401");
    }

    private async Task<List<string>> AttemptsAsync(string email)
    {
        var client = factory.CreateClient();
        var answers = new List<string>();
        for (var attempt = 1; attempt <= AccountConsts.MaxFailedAccessAttempts + 1; attempt++)
        {
            var response = await client.PostAsJsonAsync("/api/account/login", new LoginRequest(email, "wrong-password-" + attempt), TestContext.Current.CancellationToken);
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
            answers.Add($"{(int)response.StatusCode} {problem.GetProperty("code").GetString()} {problem.GetProperty("title").GetString()} {problem.GetProperty("detail").GetString()}");
        }
        return answers;
    }
}
