using AwesomeAssertions;
using InvestAid.Dossiers;
using InvestAid.TestBase;
using InvestAid.TestBase.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace InvestAid.HttpApi.Dossiers;

/// <summary>
/// The demo province comes with running procedures under today's law: each demo user finds work in the inbox, walked there through
/// the real procedure (the migrator's services, no job server), and seeding again adds nothing.
/// </summary>
public sealed class DemoProcedureSeederTests(IsolatedApiFactory factory) : IClassFixture<IsolatedApiFactory>
{
    private async Task SeedAsync()
    {
        await using var scope = factory.Database.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<InvestAid.Seeding.DemoProcedureSeeder>().SeedAsync(TestContext.Current.CancellationToken);
    }

    private async Task<IReadOnlyList<InboxItemDto>> InboxAsync(string email)
    {
        var client = await factory.CreateClientAsAsync(email);
        var mine = await client.GetJsonAsync<TaskInboxPageDto>("/api/v1/inbox?pageSize=200");
        return mine.Items;
    }

    [Fact]
    public async Task Every_approver_has_a_demo_dossier_waiting_under_the_law_in_force_and_a_second_run_adds_nothing()
    {
        await ReportData.ClearAsync(factory.Database);
        await using (var scope = factory.Database.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<InvestAid.Seeding.DemoDataSeeder>().SeedAsync(TestContext.Current.CancellationToken);
        }
        await SeedAsync();

        (await InboxAsync("officer@investaid.local")).Should().Contain(i => i.ProcedureKey == "fdi-irc-adjust" && i.StepId == "check");
        (await InboxAsync("approver@investaid.local")).Should().Contain(i => i.ProcedureKey == "fdi-irc-adjust" && i.StepId == "review");
        (await InboxAsync("leader@investaid.local")).Should().Contain(i => i.ProcedureKey == "fdi-capital-contribution" && i.StepId == "decide");
        var police = (await InboxAsync("agency.police@investaid.local")).Should().ContainSingle(i => i.ProcedureKey == "ngo-aid-approval").Subject;
        police.StepId.Should().Be("consult");
        police.ProjectCode.Should().Be("NGO-2026-0002");
        (await InboxAsync("agency.finance@investaid.local")).Should().NotContain(i => i.ProcedureKey == "ngo-aid-approval", "finance has answered");

        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var ngo = (await officer.GetJsonAsync<List<DossierDto>>($"/api/v1/projects/{police.ProjectId}/dossiers")).Single(d => d.WorkflowInstanceId != null);
        ngo.LegalBasis.Should().Contain("313/2025");
        ngo.History.Should().Contain(h => h.ActivityId == "consult" && h.Comment == "Sở Tài chính thống nhất tiếp nhận khoản viện trợ.");
        ngo.Sla!.StartedOn.Should().Be(new DateOnly(2026, 11, 26));

        var before = (await InboxAsync("officer@investaid.local")).Count + (await InboxAsync("leader@investaid.local")).Count;
        await SeedAsync();
        ((await InboxAsync("officer@investaid.local")).Count + (await InboxAsync("leader@investaid.local")).Count).Should().Be(before);
    }
}
