using System.Security.Claims;
using System.Text.Json;
using InvestAid.Common;
using InvestAid.DbMigrator;
using InvestAid.Dossiers;
using InvestAid.Identity;
using InvestAid.Workflows;
using InvestAid.Workflows.Runtime;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace InvestAid.Benchmarks.Load;

/// <summary>
/// The approval step of the load test without HTTP: the same NGO procedure started and worked to its end through the
/// application services the endpoints call (<see cref="DossierAppService"/>, <see cref="WorkflowAppService"/>), as the same
/// four users, on the same database, with the same requests — the baseline the HTTP figures are compared with. The
/// services are composed as the migrator composes them (workflow effects deferred, as no job server runs in either case).
/// </summary>
public sealed class InProcessApproval : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private readonly Dictionary<string, User> users = [];

    private sealed record User(Guid Id, string Name, string[] Roles, string[] AgencyGroups)
    {
        public Actor Actor => new(Name, [.. Roles.Concat(AgencyGroups).Distinct()]);
    }

    private InProcessApproval(ServiceProvider services) => this.services = services;

    public static async Task<InProcessApproval> CreateAsync(string connectionString)
    {
        var collection = new ServiceCollection();
        DatabaseMigrator.AddMigratorServices(collection, connectionString);
        collection.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        collection.RemoveAll<ICurrentUser>();
        collection.AddScoped<ActingUser>();
        collection.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<ActingUser>());
        var approval = new InProcessApproval(collection.BuildServiceProvider());
        await using var scope = approval.services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        foreach (var (key, email) in new[] { ("officer", "officer@investaid.local"), ("agency:STC", "agency.finance@investaid.local"), ("leader", "leader@investaid.local"), ("approver", "approver@investaid.local") })
        {
            var user = await manager.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No demo user {email}.");
            var claims = await manager.GetClaimsAsync(user);
            approval.users[key] = new User(user.Id, email, [.. await manager.GetRolesAsync(user)],
                [.. claims.Where(c => c.Type == AgencyClaims.ClaimType).Select(c => AgencyClaims.GroupOf(c.Value))]);
        }
        return approval;
    }

    /// <summary>Runs <paramref name="work"/> in a scope of its own (as a request has), acting as the user of <paramref name="group"/>.</summary>
    public async Task<T> AsAsync<T>(string group, Func<IServiceProvider, Actor, Task<T>> work)
    {
        var user = users.GetValueOrDefault(group) ?? users["officer"];
        await using var scope = services.CreateAsyncScope();
        var acting = scope.ServiceProvider.GetRequiredService<ActingUser>();
        acting.User = user;
        return await work(scope.ServiceProvider, user.Actor);
    }

    public Task<DossierDto> StartAsync(Guid projectId, DateOnly today) => AsAsync("officer", (sp, actor) =>
        sp.GetRequiredService<DossierAppService>().StartAsync(projectId, new StartDossierRequest("ngo-aid-approval", today,
            new ApplicantDto("Nguyễn Văn An", "0912 345 678"), Variables(new { agencies = new[] { "STC" } })), actor, CancellationToken.None));

    public Task<DossierDto> OpenAsync(Guid dossierId) => AsAsync("officer", (sp, actor) =>
        sp.GetRequiredService<DossierAppService>().GetAsync(dossierId, actor, CancellationToken.None));

    public Task<TaskCompletionDto> CompleteAsync(string group, WorkflowTaskDto task) => AsAsync(group, (sp, actor) =>
        sp.GetRequiredService<WorkflowAppService>().CompleteAsync(actor, task.Id,
            new CompleteTaskRequest(task.Outcomes.FirstOrDefault(), "Đồng ý (kiểm thử lỗi)", Variables(Faults.FaultRequests.FormValues(task.ElementId))),
            Guid.NewGuid().ToString("N"), CancellationToken.None));

    private static Dictionary<string, JsonElement>? Variables(object? values) =>
        values is null ? null : JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(JsonSerializer.Serialize(values));

    public ValueTask DisposeAsync() => services.DisposeAsync();

    /// <summary>The user a scope acts as (the host reads it from the request's claims).</summary>
    private sealed class ActingUser : ICurrentUser
    {
        public User? User { get; set; }

        public Guid? Id => User?.Id;

        public string? Name => User?.Name;

        public bool IsInRole(string role) => User?.Roles.Contains(role, StringComparer.Ordinal) == true;

        public IReadOnlyCollection<string> AgencyGroups => User?.AgencyGroups ?? [];
    }
}
