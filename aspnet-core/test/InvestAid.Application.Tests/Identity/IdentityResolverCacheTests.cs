using AwesomeAssertions;
using InvestAid.DbMigrator;
using InvestAid.EntityFrameworkCore;
using InvestAid.Identity;
using InvestAid.TestBase;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InvestAid.Application.Identity;

/// <summary>
/// Against the real PostgreSQL, with two service providers on one database standing for two host processes (each its own
/// cached identity index): a change of mappings, names or roles made by one is seen by the other's next request, and a
/// rolled-back change leaves no stamp that a later change could meet again.
/// </summary>
public sealed class IdentityResolverCacheTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_change_made_by_another_process_is_seen_by_the_next_request()
    {
        await using var hostA = Host();
        await using var hostB = Host();
        var externalId = $"camunda-{Guid.NewGuid():N}";

        var before = await IndexAsync(hostA);
        before.ResolveUser(externalId, null).Should().BeNull();
        before.UserByName("viewer@investaid.local")!.Roles.Should().NotContain(RoleNames.Officer);
        (await IndexAsync(hostA)).Should().BeSameAs(before, "nothing changed: the index is kept");

        Guid officerId;
        await using (var scope = hostB.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            officerId = (await users.FindByNameAsync("officer@investaid.local"))!.Id;
            var db = scope.ServiceProvider.GetRequiredService<InvestAidDbContext>();
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO identity_mappings (id, kind, external_id, definition_key, user_id) VALUES ({Guid.NewGuid()}, 'User', {externalId}, NULL, {officerId})", Ct);
            var viewer = (await users.FindByNameAsync("viewer@investaid.local"))!;
            (await users.AddToRoleAsync(viewer, RoleNames.Officer)).Succeeded.Should().BeTrue();
        }

        var after = await IndexAsync(hostA);
        after.ResolveUser(externalId, null)!.Id.Should().Be(officerId);
        after.UserByName("viewer@investaid.local")!.Roles.Should().Contain(RoleNames.Officer);

        await using (var scope = hostB.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var officer = (await users.FindByIdAsync(officerId.ToString()))!;
            officer.DisplayName = "Tên mới " + externalId;
            (await users.UpdateAsync(officer)).Succeeded.Should().BeTrue();
            var viewer = (await users.FindByNameAsync("viewer@investaid.local"))!;
            (await users.RemoveFromRoleAsync(viewer, RoleNames.Officer)).Succeeded.Should().BeTrue();
        }

        var renamed = await IndexAsync(hostA);
        renamed.User(officerId)!.DisplayName.Should().Be("Tên mới " + externalId);
        renamed.UserByName("viewer@investaid.local")!.Roles.Should().NotContain(RoleNames.Officer);
    }

    [Fact]
    public async Task A_rolled_back_change_is_never_taken_for_a_later_one()
    {
        await using var host = Host();
        var rolledBack = $"rolled-back-{Guid.NewGuid():N}";
        var committed = $"committed-{Guid.NewGuid():N}";

        await MapInRolledBackTransactionAsync(host, rolledBack);
        (await IndexAsync(host)).ResolveUser(rolledBack, null).Should().BeNull("the change was rolled back");
        await MapInRolledBackTransactionAsync(host, rolledBack);
        await using (var scope = host.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<InvestAidDbContext>();
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO identity_mappings (id, kind, external_id, definition_key, user_id) VALUES ({Guid.NewGuid()}, 'User', {committed}, NULL, {await OfficerIdAsync(db)})", Ct);
        }

        var index = await IndexAsync(host);
        index.ResolveUser(committed, null).Should().NotBeNull("the committed change moved the stamp past every stamp seen before");
        index.ResolveUser(rolledBack, null).Should().BeNull();
    }

    /// <summary>Maps the id to the officer and reads the index inside the transaction (this process keeps an index holding the uncommitted mapping), then rolls back.</summary>
    private static async Task MapInRolledBackTransactionAsync(ServiceProvider host, string externalId)
    {
        await using var scope = host.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InvestAidDbContext>();
        var officerId = await OfficerIdAsync(db);
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(Ct);
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO identity_mappings (id, kind, external_id, definition_key, user_id) VALUES ({Guid.NewGuid()}, 'User', {externalId}, NULL, {officerId})", Ct);
            (await scope.ServiceProvider.GetRequiredService<IdentityResolver>().IndexAsync(Ct)).ResolveUser(externalId, null).Should().NotBeNull();
            await tx.RollbackAsync(Ct);
        });
    }

    private ServiceProvider Host()
    {
        var services = new ServiceCollection();
        DatabaseMigrator.AddMigratorServices(services, database.ConnectionString);
        return services.BuildServiceProvider();
    }

    /// <summary>One request's index, in a scope of its own.</summary>
    private static async Task<IdentityIndex> IndexAsync(ServiceProvider host)
    {
        await using var scope = host.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IdentityResolver>().IndexAsync(Ct);
    }

    private static Task<Guid> OfficerIdAsync(InvestAidDbContext db) =>
        db.Users.Where(u => u.UserName == "officer@investaid.local").Select(u => u.Id).SingleAsync(Ct);
}
