using System.Net;
using System.Net.Http.Json;
using AwesomeAssertions;
using InvestAid.Common;
using InvestAid.Errors;
using InvestAid.Identity;
using InvestAid.Projects;
using InvestAid.TestBase;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace InvestAid.HttpApi.Identity;

public sealed class UserAdministrationTests(ApiFactory factory)
{
    private const string Password = "Mat-khau-2026!";

    private static string NewEmail() => $"u{Guid.NewGuid():N}"[..12] + "@investaid.local";

    private async Task<string> StampOf(Guid id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return (await users.FindByIdAsync(id.ToString()))!.SecurityStamp!;
    }

    [Fact]
    public async Task Admin_creates_a_user_who_signs_in_then_changes_roles_and_disables_it_renewing_the_security_stamp()
    {
        var admin = await factory.CreateClientAsAsync("admin@investaid.local");
        var email = NewEmail();

        var created = await (await admin.PostJsonAsync("/api/v1/admin/users",
            new UserCreateInput(email, "Đỗ Thị Mai", Password, [RoleNames.Officer], null))).ReadAsync<UserAdminDto>();

        created.DisplayName.Should().Be("Đỗ Thị Mai");
        created.Roles.Should().Equal(RoleNames.Officer);
        created.Disabled.Should().BeFalse();
        var login = await factory.CreateClient().PostAsJsonAsync("/api/account/login", new LoginRequest(email, Password), TestContext.Current.CancellationToken);
        login.StatusCode.Should().Be(HttpStatusCode.OK);

        var found = await admin.GetFromJsonAsync<PagedResult<UserAdminDto>>("/api/v1/admin/users?q=do thi mai&pageSize=50", TestContext.Current.CancellationToken);
        found!.Items.Select(u => u.Email).Should().Contain(email);

        var stamp = await StampOf(created.Id);
        var updated = await (await admin.PutJsonAsync($"/api/v1/admin/users/{created.Id}",
            new UserUpdateInput("Đỗ Thị Mai", [RoleNames.Agency], "STC", Disabled: false), null)).ReadAsync<UserAdminDto>();
        updated.Roles.Should().Equal(RoleNames.Agency);
        updated.AgencyCode.Should().Be("STC");
        var stampAfterRoles = await StampOf(created.Id);
        stampAfterRoles.Should().NotBe(stamp);

        var disabled = await (await admin.PutJsonAsync($"/api/v1/admin/users/{created.Id}",
            new UserUpdateInput("Đỗ Thị Mai", [RoleNames.Agency], "STC", Disabled: true), null)).ReadAsync<UserAdminDto>();
        disabled.Disabled.Should().BeTrue();
        (await StampOf(created.Id)).Should().NotBe(stampAfterRoles);
        var refused = await factory.CreateClient().PostAsJsonAsync("/api/account/login", new LoginRequest(email, Password), TestContext.Current.CancellationToken);
        await refused.ShouldBeProblemAsync((HttpStatusCode)423, ErrorCodes.LockedOut);
    }

    [Fact]
    public async Task A_password_reset_lets_the_new_password_in_the_old_one_no_longer_and_renews_the_stamp()
    {
        var admin = await factory.CreateClientAsAsync("admin@investaid.local");
        var email = NewEmail();
        var user = await (await admin.PostJsonAsync("/api/v1/admin/users",
            new UserCreateInput(email, "Vũ Văn Hải", Password, [RoleNames.Viewer], null))).ReadAsync<UserAdminDto>();
        var stamp = await StampOf(user.Id);

        var reset = await admin.PostJsonAsync($"/api/v1/admin/users/{user.Id}/password", new PasswordResetInput("Mat-khau-moi-2026!"));

        reset.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await StampOf(user.Id)).Should().NotBe(stamp);
        (await factory.CreateClient().PostAsJsonAsync("/api/account/login", new LoginRequest(email, "Mat-khau-moi-2026!"), TestContext.Current.CancellationToken))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        (await factory.CreateClient().PostAsJsonAsync("/api/account/login", new LoginRequest(email, Password), TestContext.Current.CancellationToken))
            .StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_owner_account_is_linked_to_projects_and_unlinked_and_the_list_names_them()
    {
        var admin = await factory.CreateClientAsAsync("admin@investaid.local");
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var project = await (await officer.PostJsonAsync("/api/v1/projects", ProjectRequests.Oda("Kè sông " + ProjectRequests.UniqueWord()))).ReadAsync<ProjectDto>();
        var user = await (await admin.PostJsonAsync("/api/v1/admin/users",
            new UserCreateInput(NewEmail(), "Ban QLDA thử", Password, [RoleNames.Owner], null))).ReadAsync<UserAdminDto>();
        var stamp = await StampOf(user.Id);

        var linked = await (await admin.PutJsonAsync($"/api/v1/admin/users/{user.Id}/projects", new UserProjectsInput([project.Id]), null)).ReadAsync<UserAdminDto>();

        linked.Projects.Should().ContainSingle().Which.Should().BeEquivalentTo(new OwnedProjectDto(project.Id, project.Code, project.NameVi, project.NameEn));
        (await StampOf(user.Id)).Should().NotBe(stamp);

        var unlinked = await (await admin.PutJsonAsync($"/api/v1/admin/users/{user.Id}/projects", new UserProjectsInput([]), null)).ReadAsync<UserAdminDto>();
        unlinked.Projects.Should().BeEmpty();
    }

    [Fact]
    public async Task Bad_input_is_400_naming_the_field_and_creates_nothing()
    {
        var admin = await factory.CreateClientAsAsync("admin@investaid.local");
        var email = NewEmail();

        var response = await admin.PostJsonAsync("/api/v1/admin/users", new UserCreateInput(email, "Tên", Password, ["superuser"], null));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        problem.GetProperty("errors").TryGetProperty("roles", out _).Should().BeTrue();
        var list = await admin.GetFromJsonAsync<PagedResult<UserAdminDto>>($"/api/v1/admin/users?q={email}", TestContext.Current.CancellationToken);
        list!.Items.Should().BeEmpty();
    }

    [Fact]
    public async Task Only_administrators_manage_users()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");

        (await officer.GetAsync("/api/v1/admin/users", TestContext.Current.CancellationToken)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await officer.PostJsonAsync("/api/v1/admin/users", new UserCreateInput(NewEmail(), "X", Password, [RoleNames.Admin], null)))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }
}

public sealed class PeopleTests(ApiFactory factory)
{
    [Fact]
    public async Task Screens_get_full_names_for_the_addresses_they_show_and_unknown_ones_are_left_out()
    {
        var client = await factory.CreateClientAsAsync("agency.finance@investaid.local");

        var people = await client.GetFromJsonAsync<List<PersonDto>>(
            "/api/v1/people?email=officer@investaid.local&email=LEADER@investaid.local&email=nobody@investaid.local", TestContext.Current.CancellationToken);

        people.Should().BeEquivalentTo([new PersonDto("leader@investaid.local", "Lê Minh Tuấn"), new PersonDto("officer@investaid.local", "Nguyễn Thị Hương")]);
    }
}

public sealed class BrowserSessionTests(ApiFactory factory)
{
    [Fact]
    public async Task A_signed_out_browser_asking_for_its_session_gets_204_not_an_error()
    {
        var response = await factory.CreateClient().GetAsync("/api/account/session", TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task A_signed_in_browser_gets_its_user_from_the_session()
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true });
        (await client.PostAsJsonAsync("/api/account/login?useCookies=true", new LoginRequest("viewer@investaid.local", DemoUsers.Password()), TestContext.Current.CancellationToken))
            .EnsureSuccessStatusCode();

        var me = await client.GetFromJsonAsync<CurrentUserDto>("/api/account/session", TestContext.Current.CancellationToken);

        me!.Email.Should().Be("viewer@investaid.local");
        me.DisplayName.Should().Be("Người xem");
    }
}
