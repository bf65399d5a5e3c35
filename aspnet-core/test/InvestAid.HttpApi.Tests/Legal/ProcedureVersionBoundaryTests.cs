using AwesomeAssertions;
using InvestAid.Dossiers;
using InvestAid.HttpApi.Dossiers;
using InvestAid.Projects;
using InvestAid.TestBase;
using static InvestAid.HttpApi.Dossiers.DossierApi;

namespace InvestAid.HttpApi.Legal;

/// <summary>
/// A dossier follows the procedure version in force on its receipt day: the day before a law takes effect keeps the old version,
/// the effective day itself takes the new one (Law 143/2025 on 1 Mar 2026, Decree 96/2026 on 31 Mar 2026, Decree 313/2025 on 8 Dec 2025,
/// Decree 242/2025 on ODA on 10 Sep 2025).
/// </summary>
public sealed class ProcedureVersionBoundaryTests(ProcedureApiFactory factory)
{
    public static TheoryData<string, int, int, int, string> Boundaries() => new()
    {
        // key, year, month, day, a document the chosen version's legal basis must name
        { "fdi-irc-new", 2026, 2, 28, "239/2025" },
        { "fdi-irc-new", 2026, 3, 1, "143/2025" },
        { "fdi-irc-new", 2026, 3, 30, "143/2025" },
        { "fdi-irc-new", 2026, 3, 31, "96/2026" },
        { "fdi-irc-adjust", 2026, 2, 28, "31/2021" },
        { "fdi-irc-adjust", 2026, 3, 1, "143/2025" },
        { "fdi-irc-adjust", 2026, 3, 31, "96/2026" },
        { "fdi-capital-contribution", 2026, 2, 28, "31/2021" },
        { "fdi-capital-contribution", 2026, 3, 1, "143/2025" },
        { "fdi-capital-contribution", 2026, 3, 31, "96/2026" },
        { "ngo-aid-approval", 2025, 12, 7, "80/2020" },
        { "ngo-aid-approval", 2025, 12, 8, "313/2025" },
        { "oda-proposal", 2025, 9, 9, "114/2021" },
        { "oda-proposal", 2025, 9, 10, "242/2025" },
        { "oda-annual-plan", 2025, 9, 9, "16/2016" },
        { "oda-annual-plan", 2025, 9, 10, "242/2025" },
    };

    [Theory]
    [MemberData(nameof(Boundaries))]
    public async Task The_version_in_force_on_the_receipt_day_is_taken(string key, int year, int month, int day, string document)
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var project = await officer.CreateProjectAsync(key.StartsWith("ngo", StringComparison.Ordinal)
            ? ProjectRequests.Ngo("Viện trợ " + ProjectRequests.UniqueWord())
            : key.StartsWith("oda", StringComparison.Ordinal)
                ? ProjectRequests.Oda("Dự án ODA " + ProjectRequests.UniqueWord())
                : ProjectRequests.Fdi("Nhà máy " + ProjectRequests.UniqueWord()));
        var receivedOn = new DateOnly(year, month, day);

        var dossier = await officer.StartDossierOkAsync(project.Id, key, receivedOn);

        dossier.LegalBasis.Should().Contain(document);
        var versions = await officer.GetJsonAsync<List<InvestAid.Workflows.WorkflowDefinitionDto>>($"/api/v1/workflow-definitions?key={key}");
        var chosen = versions.Single(v => v.Version == dossier.ProcedureVersion);
        chosen.EffectiveFrom.Should().NotBeNull();
        chosen.EffectiveFrom!.Value.Should().BeOnOrBefore(receivedOn);
        (chosen.EffectiveTo ?? DateOnly.MaxValue).Should().BeOnOrAfter(receivedOn);
    }

    [Fact]
    public async Task The_versions_of_each_procedure_follow_each_other_without_gap_or_overlap()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        foreach (var key in new[] { "fdi-irc-new", "fdi-irc-adjust", "fdi-capital-contribution", "ngo-aid-approval", "oda-proposal", "oda-annual-plan" })
        {
            var versions = (await officer.GetJsonAsync<List<InvestAid.Workflows.WorkflowDefinitionDto>>($"/api/v1/workflow-definitions?key={key}"))
                .OrderBy(v => v.EffectiveFrom).ToList();
            for (var i = 1; i < versions.Count; i++)
            {
                versions[i - 1].EffectiveTo.Should().Be(versions[i].EffectiveFrom!.Value.AddDays(-1), $"{key} v{versions[i - 1].Version} ends the day before v{versions[i].Version}");
            }
            versions[^1].EffectiveTo.Should().BeNull();
        }
    }

    [Fact]
    public async Task A_running_dossier_keeps_its_version_after_the_new_law_takes_effect()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var project = await officer.CreateProjectAsync(ProjectRequests.Fdi("Nhà máy " + ProjectRequests.UniqueWord()));
        var before = await officer.StartDossierOkAsync(project.Id, "fdi-irc-new", new DateOnly(2026, 2, 28));
        await officer.StepAsync(before.Id, "check", "complete", variables: new { dossierCompleteOn = "2026-03-02" });

        var later = await officer.DossierAsync(before.Id);
        later.ProcedureVersion.Should().Be(before.ProcedureVersion);
        later.LegalBasis.Should().Contain("239/2025");
        later.Sla!.Limit.Should().Be(10);
        later.Tasks.Should().Contain(t => t.ElementId == "decide" && t.Status == "Open", "the 2025 version goes straight to the decision");
    }
}
