using System.Net.Http.Json;
using AwesomeAssertions;
using Hangfire;
using InvestAid.EntityFrameworkCore;
using InvestAid.Identity;
using InvestAid.TestBase;
using InvestAid.Workflows;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static InvestAid.HttpApi.Workflows.WorkflowApi;

namespace InvestAid.HttpApi.Workflows;

/// <summary>Timers are Hangfire delayed jobs; timers that fell due while no host ran fire at the next start.</summary>
public sealed class WorkflowTimerTests(ApiFactory factory)
{
    [Fact]
    public async Task A_timer_is_a_scheduled_Hangfire_job_whose_run_moves_the_instance_once()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var key = Models.UniqueKey("timer");
        await officer.PublishAsync(Models.Timer(key, "PT1H"));
        var started = await officer.StartAsync(new StartInstanceRequest(key, null));
        started.ActiveNodes.Should().Equal("wait");

        var scheduled = ScheduledTimerJob(factory, started.Id).Value;
        scheduled.Job.Type.Should().Be<WorkflowTimerJob>();
        scheduled.EnqueueAt.Should().BeCloseTo(DateTime.UtcNow.AddHours(1), TimeSpan.FromMinutes(1));

        // What a Hangfire worker does: activate the job type in a scope and call the method with the stored arguments.
        for (var run = 0; run < 2; run++)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var job = scope.ServiceProvider.GetRequiredService<WorkflowTimerJob>();
            await (Task)scheduled.Job.Method.Invoke(job, [.. scheduled.Job.Args.Take(2), CancellationToken.None])!;
        }

        var fired = await officer.GetInstanceAsync(started.Id);
        fired.ActiveNodes.Should().Equal("after");
        fired.Version.Should().Be(started.Version + 1, "the second run found its bookmark gone and changed nothing");
    }

    [Fact]
    public async Task A_timer_due_while_the_host_was_down_fires_when_a_new_host_starts()
    {
        await using var database = new TestDatabase();
        await database.InitializeAsync();
        var key = Models.UniqueKey("restart");
        Guid instanceId;
        await using (var first = new HostOver(database))
        {
            var officer = await first.SignInAsync("officer@investaid.local");
            await officer.PublishAsync(Models.Timer(key, "PT1S"));
            instanceId = (await officer.StartAsync(new StartInstanceRequest(key, null))).Id;
        }

        await Task.Delay(TimeSpan.FromSeconds(1.5), Ct);
        await using var second = new HostOver(database);
        var again = await second.SignInAsync("officer@investaid.local");

        var instance = await again.GetInstanceAsync(instanceId);
        instance.ActiveNodes.Should().Equal("after");
        instance.History.Should().Contain(h => h.ActivityId == "wait" && h.Ended != null);
    }

    /// <summary>A host over a database the test owns, so the database outlives the host.</summary>
    private sealed class HostOver(TestDatabase database) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Default", database.ConnectionString);
            builder.UseSetting("Hangfire:ServerEnabled", "false");
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        }

        public async Task<HttpClient> SignInAsync(string email)
        {
            var client = CreateClient();
            var response = await client.PostAsJsonAsync("/api/account/login", new LoginRequest(email, DemoUsers.Password()), Ct);
            response.EnsureSuccessStatusCode();
            var token = (await response.Content.ReadFromJsonAsync<ApiFactory.TokenResponse>(Ct))!;
            client.DefaultRequestHeaders.Authorization = new("Bearer", token.AccessToken);
            return client;
        }
    }

    [Fact]
    public async Task The_sweeps_partial_index_covers_timers_and_jobs_and_the_migrations_match_the_model()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InvestAidDbContext>();
        db.Database.HasPendingModelChanges().Should().BeFalse("every change of the model has its migration");

        // The sweep reads kind IN ('Timer', 'Job'): a partial index on timers alone would not serve it.
        var definition = await db.Database.SqlQuery<string>(
            $"SELECT indexdef AS \"Value\" FROM pg_indexes WHERE tablename = 'workflow_bookmarks' AND indexname = 'ix_workflow_bookmarks_due_at'")
            .SingleAsync(TestContext.Current.CancellationToken);
        definition.Should().Contain("'Timer'").And.Contain("'Job'");
    }
}
