using AwesomeAssertions;
using InvestAid.DbMigrator;
using InvestAid.Identity;
using InvestAid.TestBase;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InvestAid.Application.Identity;

/// <summary>Against the real PostgreSQL: seeding is complete and can run any number of times.</summary>
public sealed class IdentitySeederTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Seeding_twice_creates_every_role_and_demo_user_once()
    {
        await database.Services.GetRequiredService<DatabaseMigrator>().RunAsync(withDemoData: true, TestContext.Current.CancellationToken);

        await using var scope = database.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<AppRole>>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        (await roles.Roles.Select(r => r.Name).ToListAsync(TestContext.Current.CancellationToken))
            .Should().BeEquivalentTo(RoleNames.Assignable);
        (await users.Users.CountAsync(TestContext.Current.CancellationToken)).Should().Be(DemoUsers.All.Count);
        foreach (var demo in DemoUsers.All)
        {
            var user = await users.FindByEmailAsync(demo.Email);
            (await users.GetRolesAsync(user!)).Should().Equal(demo.Role);
            (await users.CheckPasswordAsync(user!, DemoUsers.Password())).Should().BeTrue();
            user!.LockoutEnabled.Should().BeTrue();
        }
    }

    [Fact]
    public async Task Reset_empties_data_but_keeps_the_seed()
    {
        await database.ResetAsync();

        await using var scope = database.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        (await users.FindByEmailAsync("admin@investaid.local")).Should().NotBeNull();
    }
}
