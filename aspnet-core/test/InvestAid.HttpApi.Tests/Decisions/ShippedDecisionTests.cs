using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using InvestAid.TestBase;
using static InvestAid.HttpApi.Workflows.WorkflowApi;

namespace InvestAid.HttpApi.Decisions;

/// <summary>The decision tables shipped with the procedures are seeded, published and decide as the law says, with thresholds as inputs.</summary>
public sealed class ShippedDecisionTests(ApiFactory factory)
{
    private async Task<JsonObject> EvaluateAsync(string decisionKey, object variables)
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var response = await officer.PostAsJsonAsync($"/api/v1/decisions/{decisionKey}/evaluate", new { variables }, Ct);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        return body["result"]![0]!.AsObject();
    }

    [Theory]
    [InlineData(150_000, null, "PpcChairperson", true, "province")]
    [InlineData(200_000, false, "PpcChairperson", false, "province")]
    [InlineData(150_000, true, "PrimeMinister", true, "ppc-proposes-to-prime-minister")]
    [InlineData(null, true, "PrimeMinister", false, "ppc-proposes-to-prime-minister")]
    public async Task Ngo_aid_authority_and_the_pmu_option_follow_decree_80_with_the_threshold_as_input(
        int? amount, bool? sensitive, string authority, bool pmuOptional, string path)
    {
        var row = await EvaluateAsync("ngo-aid-approval-authority", new { aidAmountUsd = amount, sensitiveField = sensitive, pmuThresholdUsd = 200_000 });
        row["approvingAuthority"]!.GetValue<string>().Should().Be(authority);
        row["pmuOptional"]!.GetValue<bool>().Should().Be(pmuOptional);
        row["path"]!.GetValue<string>().Should().Be(path);
    }

    [Fact]
    public async Task A_changed_threshold_changes_the_pmu_option_without_a_new_table()
    {
        (await EvaluateAsync("ngo-aid-approval-authority", new { aidAmountUsd = 250_000, pmuThresholdUsd = 300_000 }))["pmuOptional"]!.GetValue<bool>().Should().BeTrue();
    }

    [Theory]
    [InlineData(true, "other", 1, "NationalAssembly", true)]
    [InlineData(false, "airport", 1, "PrimeMinister", true)]
    [InlineData(false, "urban", 1_000, "PpcChairperson", true)]
    [InlineData(false, "urban", 5_000, "PrimeMinister", true)]
    [InlineData(false, "factory", 99_999, "None", false)]
    [InlineData(null, null, null, "None", false)]
    public async Task Investment_policy_authority_under_the_law_on_investment_2025_reads_its_categories_and_threshold_as_inputs(
        bool? special, string? category, int? capital, string authority, bool required)
    {
        var row = await EvaluateAsync("investment-policy-authority", new
        {
            specialMechanism = special, projectCategory = category, totalCapitalVnd = capital,
            primeMinisterCategories = new[] { "airport", "seaport", "casino" }, ppcCategories = new[] { "urban", "golf" }, primeMinisterCapitalVnd = 5_000,
        });
        row["policyAuthority"]!.GetValue<string>().Should().Be(authority);
        row["policyApprovalRequired"]!.GetValue<bool>().Should().Be(required);
    }
}
