using System.Net;
using AwesomeAssertions;
using InvestAid.Errors;
using InvestAid.Projects;
using InvestAid.TestBase;

namespace InvestAid.HttpApi.Projects;

/// <summary>The FDI capital ledger through the API, and the project read back as of past days.</summary>
public sealed class CapitalLedgerTests(ApiFactory factory)
{
    private async Task<(HttpClient Client, ProjectDto Project)> RegisteredAsync(decimal capital = 10_000_000m)
    {
        var client = await factory.CreateClientAsAsync("officer@investaid.local");
        var project = await (await client.PostJsonAsync("/api/v1/projects",
            ProjectRequests.Fdi("Sổ vốn " + ProjectRequests.UniqueWord(), capital, new DateOnly(2022, 4, 1)))).ReadAsync<ProjectDto>();
        return (client, project);
    }

    private static Task<HttpResponseMessage> Record(HttpClient client, Guid id, CapitalEventType type, int y, int m, int d, decimal usd, Guid? corrects = null) =>
        client.PostJsonAsync($"/api/v1/projects/{id}/capital-events",
            new RecordCapitalEventRequest(type, new DateOnly(y, m, d), usd, usd * 25_000m, "GCN-" + y, null, corrects));

    [Fact]
    public async Task As_of_queries_follow_adjustments_and_termination()
    {
        var (client, project) = await RegisteredAsync(10_000_000m);
        (await Record(client, project.Id, CapitalEventType.Adjustment, 2023, 6, 1, 5_000_000m)).StatusCode.Should().Be(HttpStatusCode.Created);
        (await Record(client, project.Id, CapitalEventType.Adjustment, 2024, 2, 1, -3_000_000m)).StatusCode.Should().Be(HttpStatusCode.Created);
        (await Record(client, project.Id, CapitalEventType.Termination, 2025, 9, 30, 0m)).StatusCode.Should().Be(HttpStatusCode.Created);

        async Task<ProjectDto> AsOf(string day) => await client.GetJsonAsync<ProjectDto>($"/api/v1/projects/{project.Id}?asOf={day}");

        (await AsOf("2022-03-31")).RegisteredCapitalUsd.Should().Be(0m);
        (await AsOf("2022-03-31")).Status.Should().Be(ProjectStatus.Draft);
        (await AsOf("2022-04-01")).RegisteredCapitalUsd.Should().Be(10_000_000m);
        (await AsOf("2022-04-01")).Status.Should().Be(ProjectStatus.Active);
        (await AsOf("2023-05-31")).RegisteredCapitalUsd.Should().Be(10_000_000m);
        (await AsOf("2023-06-01")).RegisteredCapitalUsd.Should().Be(15_000_000m);
        (await AsOf("2024-02-01")).RegisteredCapitalUsd.Should().Be(12_000_000m);
        (await AsOf("2025-09-29")).Status.Should().Be(ProjectStatus.Active);
        var terminated = await AsOf("2025-09-30");
        terminated.Status.Should().Be(ProjectStatus.Terminated);
        terminated.RegisteredCapitalUsd.Should().Be(12_000_000m);
        (await client.GetJsonAsync<ProjectDto>($"/api/v1/projects/{project.Id}")).Status.Should().Be(ProjectStatus.Terminated);
    }

    [Fact]
    public async Task Concurrent_entries_on_one_project_are_recorded_or_refused_with_409_and_the_ledger_days_stay_whole()
    {
        // Found by the load test: two entries for the same project and a day without one both rebuilt the project's
        // ledger days, and the second failed on their key with a 500.
        var (client, project) = await RegisteredAsync(10_000_000m);
        var recorded = 0;
        for (var round = 0; round < 4; round++)
        {
            var day = new DateOnly(2023, 1 + round, 10);
            var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
                Record(client, project.Id, CapitalEventType.Adjustment, day.Year, day.Month, day.Day, 1_000m)));

            answers.Select(a => a.StatusCode).Should().OnlyContain(s => s == HttpStatusCode.Created || s == HttpStatusCode.Conflict);
            recorded += answers.Count(a => a.StatusCode == HttpStatusCode.Created);
            (await client.GetJsonAsync<ProjectDto>($"/api/v1/projects/{project.Id}?asOf={day:yyyy-MM-dd}")).RegisteredCapitalUsd
                .Should().Be(10_000_000m + 1_000m * recorded, "the ledger days hold every recorded entry");
        }
        recorded.Should().BeGreaterThanOrEqualTo(4);
        (await client.GetJsonAsync<ProjectDto>($"/api/v1/projects/{project.Id}")).RegisteredCapitalUsd.Should().Be(10_000_000m + 1_000m * recorded);
    }

    [Fact]
    public async Task A_correction_takes_the_place_of_the_entry_it_names()
    {
        var (client, project) = await RegisteredAsync(10_000_000m);
        var wrong = await (await Record(client, project.Id, CapitalEventType.Adjustment, 2023, 6, 1, 5_000_000m)).ReadAsync<CapitalEventDto>();

        var correction = await Record(client, project.Id, CapitalEventType.Adjustment, 2023, 6, 1, 2_000_000m, wrong.Id);

        correction.StatusCode.Should().Be(HttpStatusCode.Created);
        var now = await client.GetJsonAsync<ProjectDto>($"/api/v1/projects/{project.Id}");
        now.RegisteredCapitalUsd.Should().Be(12_000_000m);
        now.CapitalEvents.Should().HaveCount(3);
        now.CapitalEvents.Single(e => e.Id == wrong.Id).IsSuperseded.Should().BeTrue();
        (await client.GetJsonAsync<ProjectDto>($"/api/v1/projects/{project.Id}?asOf=2023-06-01")).RegisteredCapitalUsd.Should().Be(12_000_000m);

        var again = await Record(client, project.Id, CapitalEventType.Adjustment, 2023, 6, 1, 1_000_000m, wrong.Id);
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict, ErrorCodes.CapitalLedgerInvalid);
    }

    [Fact]
    public async Task Ledger_rules_refuse_what_cannot_be_and_record_nothing()
    {
        var (client, project) = await RegisteredAsync(10_000_000m);

        await (await Record(client, project.Id, CapitalEventType.NewRegistration, 2023, 1, 1, 1_000_000m))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, ErrorCodes.CapitalLedgerInvalid);
        await (await Record(client, project.Id, CapitalEventType.Adjustment, 2021, 1, 1, 1_000_000m))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, ErrorCodes.CapitalLedgerInvalid);
        await (await Record(client, project.Id, CapitalEventType.Adjustment, 2023, 1, 1, -10_000_000m))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, ErrorCodes.CapitalLedgerInvalid);
        var termination = await client.PostJsonAsync($"/api/v1/projects/{project.Id}/capital-events",
            new RecordCapitalEventRequest(CapitalEventType.Termination, new DateOnly(2024, 1, 1), 500m, null, null, null, null));
        (await termination.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed))
            .GetProperty("errors").TryGetProperty("capitalChangeUsd", out _).Should().BeTrue();

        var oda = await (await client.PostJsonAsync("/api/v1/projects", ProjectRequests.Oda("Không có sổ vốn"))).ReadAsync<ProjectDto>();
        await (await Record(client, oda.Id, CapitalEventType.Adjustment, 2025, 1, 1, 1m))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, ErrorCodes.ProjectKindMismatch);

        (await client.GetJsonAsync<ProjectDto>($"/api/v1/projects/{project.Id}")).CapitalEvents.Should().ContainSingle();
    }

    [Fact]
    public async Task The_ledger_and_the_audit_log_refuse_changes_in_the_database_itself()
    {
        var (client, project) = await RegisteredAsync();
        await using var conn = new Npgsql.NpgsqlConnection(factory.Database.ConnectionString);
        await conn.OpenAsync(TestContext.Current.CancellationToken);

        foreach (var sql in new[]
                 {
                     $"UPDATE capital_events SET capital_change_usd = 1 WHERE project_id = '{project.Id}'",
                     $"DELETE FROM capital_events WHERE project_id = '{project.Id}'",
                     $"UPDATE audit_entries SET summary = 'x' WHERE entity_id = '{project.Id}'",
                     $"DELETE FROM audit_entries WHERE entity_id = '{project.Id}'",
                 })
        {
            await using var cmd = new Npgsql.NpgsqlCommand(sql, conn);
            var act = () => cmd.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
            (await act.Should().ThrowAsync<Npgsql.PostgresException>()).Which.MessageText.Should().Contain("append-only");
        }
        (await client.GetJsonAsync<ProjectDto>($"/api/v1/projects/{project.Id}")).RegisteredCapitalUsd.Should().Be(10_000_000m);
    }
}
