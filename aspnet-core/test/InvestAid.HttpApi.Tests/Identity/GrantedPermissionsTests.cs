using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Security.Claims;
using AwesomeAssertions;
using InvestAid.Identity;
using InvestAid.TestBase;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace InvestAid.HttpApi.Identity;

/// <summary>
/// <c>/api/account/me</c> names the permissions the user holds, and they are exactly the policies the server grants the
/// user's roles: the web app decides what to offer by them, with the policies as the one source of truth.
/// </summary>
public sealed class GrantedPermissionsTests(ApiFactory factory)
{
    private static readonly string[] AllPermissions = [.. typeof(Permissions).GetNestedTypes()
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)];

    [Fact]
    public async Task Every_demo_user_is_told_exactly_the_permissions_whose_policies_their_roles_pass()
    {
        var authorization = factory.Services.GetRequiredService<IAuthorizationService>();
        foreach (var demo in DemoUsers.All)
        {
            var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, demo.Role)], "test"));
            var granted = new List<string>();
            foreach (var permission in AllPermissions)
            {
                if ((await authorization.AuthorizeAsync(principal, permission)).Succeeded)
                {
                    granted.Add(permission);
                }
            }

            var client = await factory.CreateClientAsAsync(demo.Email);
            using var response = await client.GetAsync("/api/account/me", TestContext.Current.CancellationToken);
            if (!granted.Contains(Permissions.Account.Default))
            {
                // A service account of another system (worker) has no account page.
                response.StatusCode.Should().Be(HttpStatusCode.Forbidden, demo.Email);
                continue;
            }
            var me = (await response.Content.ReadFromJsonAsync<CurrentUserDto>(TestContext.Current.CancellationToken))!;
            me.Roles.Should().Equal(demo.Role);
            me.Permissions.Should().BeEquivalentTo(granted, demo.Email);
        }
    }

    [Fact]
    public async Task An_officer_may_register_projects_but_not_administer_and_an_agency_may_propose_but_not_edit()
    {
        var officer = (await (await factory.CreateClientAsAsync("officer@investaid.local"))
            .GetFromJsonAsync<CurrentUserDto>("/api/account/me", TestContext.Current.CancellationToken))!;
        officer.Permissions.Should().Contain([Permissions.Projects.Create, Permissions.Projects.Edit, Permissions.Proposals.Decide])
            .And.NotContain([Permissions.Administration.Default, Permissions.Freezes.GrantException]);

        var agency = (await (await factory.CreateClientAsAsync("agency.finance@investaid.local"))
            .GetFromJsonAsync<CurrentUserDto>("/api/account/me", TestContext.Current.CancellationToken))!;
        agency.Permissions.Should().Contain(Permissions.Proposals.Propose).And.NotContain([Permissions.Projects.Edit, Permissions.Projects.Create]);
        agency.Roles.Should().Equal(RoleNames.Agency);
    }
}
