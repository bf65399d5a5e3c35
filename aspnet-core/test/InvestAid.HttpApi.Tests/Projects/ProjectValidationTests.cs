using System.Net;
using System.Text;
using AwesomeAssertions;
using InvestAid.Common;
using InvestAid.Errors;
using InvestAid.Projects;
using InvestAid.TestBase;

namespace InvestAid.HttpApi.Projects;

/// <summary>Bad input is a 400 ProblemDetails naming the field, and nothing is written.</summary>
public sealed class ProjectValidationTests(ApiFactory factory)
{
    public static TheoryData<string, string> BadRequests() => new()
    {
        { "negative-capital", "registeredCapitalUsd" },
        { "absurd-capital", "registeredCapitalUsd" },
        { "unknown-country", "investors[0].countryCode" },
        { "unknown-currency", "oda.currency" },
        { "negative-oda", "oda.odaAmount" },
        { "dates-out-of-order", "plannedEnd" },
        { "oversized-name", "nameVi" },
        { "empty-name", "nameVi" },
        { "oda-details-on-fdi", "oda" },
        { "unknown-donor", "donorCode" },
        { "irc-date-1850", "fdi.ircDate" },
        { "zero-rate", "oda.rateToUsd" },
        { "unknown-sector", "sectorCode" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Each_rule_answers_400_naming_the_field_and_writes_nothing(string rule, string field)
    {
        var client = await factory.CreateClientAsAsync("officer@investaid.local");
        var word = ProjectRequests.UniqueWord();
        var fdi = ProjectRequests.Fdi("Kiểm tra " + word);
        var oda = ProjectRequests.Oda("Kiểm tra " + word);
        CreateProjectRequest request = rule switch
        {
            "negative-capital" => fdi with { RegisteredCapitalUsd = -5m },
            "absurd-capital" => fdi with { RegisteredCapitalUsd = 1e15m },
            "unknown-country" => fdi with { Investors = [new InvestorDto("X", "QQ")] },
            "unknown-currency" => oda with { Oda = oda.Oda! with { Currency = "XYZ" } },
            "negative-oda" => oda with { Oda = oda.Oda! with { OdaAmount = -1m } },
            "dates-out-of-order" => oda with { PlannedStart = new DateOnly(2026, 1, 1), PlannedEnd = new DateOnly(2025, 1, 1) },
            "oversized-name" => fdi with { NameVi = word + new string('x', 600) },
            "empty-name" => fdi with { NameVi = "  " },
            "oda-details-on-fdi" => fdi with { Oda = oda.Oda },
            "unknown-donor" => oda with { DonorCode = "NOBODY" },
            "irc-date-1850" => fdi with { Fdi = fdi.Fdi! with { IrcDate = new DateOnly(1850, 1, 1) } },
            "zero-rate" => oda with { Oda = oda.Oda! with { RateToUsd = 0m } },
            "unknown-sector" => fdi with { SectorCode = "00" },
            _ => throw new ArgumentOutOfRangeException(nameof(rule)),
        };

        var response = await client.PostJsonAsync("/api/v1/projects", request);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        var errors = problem.GetProperty("errors");
        errors.TryGetProperty(field, out var messages).Should().BeTrue(errors.ToString());
        messages[0].GetString().Should().NotBeNullOrWhiteSpace();
        (await client.GetJsonAsync<PagedResult<ProjectListItemDto>>($"/api/v1/projects?q={word}")).TotalCount.Should().Be(0);
    }

    [Theory]
    [InlineData("{\"kind\":\"Fdi\",\"nameVi\":\"x\",\"registeredCapitalUsd\":\"nhiều\"}", "registeredCapitalUsd")]
    [InlineData("{\"kind\":\"Spaceship\",\"nameVi\":\"x\"}", "kind")]
    [InlineData("{\"kind\":\"Oda\",\"nameVi\":\"x\",\"plannedStart\":\"2025-13-45\"}", "plannedStart")]
    [InlineData("{\"kind\":\"Fdi\",\"nameVi\":", "nameVi")]
    public async Task Malformed_json_is_400_naming_the_field(string json, string field)
    {
        var client = await factory.CreateClientAsAsync("officer@investaid.local");

        var response = await client.PostAsync("/api/v1/projects", new StringContent(json, Encoding.UTF8, "application/json"),
            TestContext.Current.CancellationToken);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.MalformedRequest);
        problem.GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue(problem.ToString());
    }
}
