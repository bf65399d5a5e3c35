using System.Net;
using AwesomeAssertions;
using InvestAid.CapitalContributions;
using InvestAid.Common;
using InvestAid.Errors;
using InvestAid.TestBase;

namespace InvestAid.HttpApi.CapitalContributions;

public sealed class CapitalContributionTests(ApiFactory factory)
{
    [Fact]
    public async Task A_share_purchase_is_recorded_listed_and_edited_with_its_version()
    {
        var client = await factory.CreateClientAsAsync("officer@investaid.local");
        var word = ProjectRequests.UniqueWord();
        var input = new CapitalContributionInput("Shinhan Invest " + word, "KR", "Công ty CP Dệt may Hưng Yên " + word, "0900123456",
            3_200_000m, 80_000_000_000m, new DateOnly(2026, 5, 12), "13", null, null, "Mua 30% cổ phần");

        var created = await (await client.PostJsonAsync("/api/v1/capital-contributions", input)).ReadAsync<CapitalContributionDto>();
        var list = await client.GetJsonAsync<PagedResult<CapitalContributionDto>>($"/api/v1/capital-contributions?q=det%20may%20{word}");
        var edited = await client.PutJsonAsync($"/api/v1/capital-contributions/{created.Id}", input with { ValueUsd = 3_300_000m }, $"\"{created.Version}\"");
        var stale = await client.PutJsonAsync($"/api/v1/capital-contributions/{created.Id}", input, $"\"{created.Version}\"");

        list.Items.Should().ContainSingle().Which.ValueUsd.Should().Be(3_200_000m);
        (await edited.ReadAsync<CapitalContributionDto>()).ValueUsd.Should().Be(3_300_000m);
        await stale.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, ErrorCodes.PreconditionFailed);
    }

    [Fact]
    public async Task Bad_notices_are_400_and_viewers_cannot_write()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var viewer = await factory.CreateClientAsAsync("viewer@investaid.local");
        var bad = new CapitalContributionInput("", "XX", "Công ty", null, -1m, null, new DateOnly(1850, 1, 1), null, null, null, null);

        var errors = (await (await officer.PostJsonAsync("/api/v1/capital-contributions", bad))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed)).GetProperty("errors");

        foreach (var field in new[] { "investorName", "countryCode", "valueUsd", "date" })
        {
            errors.TryGetProperty(field, out _).Should().BeTrue(field);
        }
        (await viewer.PostJsonAsync("/api/v1/capital-contributions", bad with { InvestorName = "x" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_filtered_list_downloads_as_Excel_with_every_matching_notice()
    {
        var client = await factory.CreateClientAsAsync("officer@investaid.local");
        var word = ProjectRequests.UniqueWord();
        foreach (var value in new[] { 1_000_000m, 2_500_000m })
        {
            await client.PostJsonAsync("/api/v1/capital-contributions", new CapitalContributionInput("Lotte " + word, "KR", "Công ty Bia " + word, null,
                value, null, new DateOnly(2026, 3, 2), null, null, null, null));
        }

        var response = await client.GetAsync($"/api/v1/capital-contributions/xlsx?q={word}", TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        rows.Should().HaveCount(2);
        rows.Select(r => Convert.ToDecimal(r["Giá trị (USD)"], System.Globalization.CultureInfo.InvariantCulture)).Should().BeEquivalentTo([1_000_000m, 2_500_000m]);
        rows[0]["Tổ chức kinh tế nhận góp vốn"].Should().Be("Công ty Bia " + word);
    }
}
