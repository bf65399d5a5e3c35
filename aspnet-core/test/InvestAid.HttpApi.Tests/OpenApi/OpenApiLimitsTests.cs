using System.Globalization;
using System.Text.Json;
using AwesomeAssertions;
using InvestAid.Finance;
using InvestAid.Projects;
using InvestAid.TestBase;

namespace InvestAid.HttpApi.OpenApi;

/// <summary>
/// The request schemas of the OpenAPI document carry their validators' limits, which are Domain.Shared's constants:
/// the web app's forms take their limits from this document (angular/src/app/api/limits.ts), so a limit missing here
/// would be missing there.
/// </summary>
public sealed class OpenApiLimitsTests(ApiFactory factory)
{
    [Fact]
    public void The_validators_of_the_requests_are_found()
    {
        var limits = InvestAid.OpenApi.ValidatorLimitsSchemaTransformer.LimitsOf(typeof(CreateProjectRequest));

        limits.Should().ContainKey(nameof(CreateProjectRequest.NameVi));
        limits[nameof(CreateProjectRequest.NameVi)].MaxLength.Should().Be(ProjectConsts.MaxNameLength);
    }

    [Fact]
    public async Task Project_requests_carry_the_name_lengths_of_ProjectConsts()
    {
        var schemas = await SchemasAsync();

        foreach (var request in new[] { "CreateProjectRequest", "UpdateProjectRequest" })
        {
            var properties = schemas.GetProperty(request).GetProperty("properties");
            properties.GetProperty("nameVi").GetProperty("maxLength").GetInt32().Should().Be(ProjectConsts.MaxNameLength, request);
            properties.GetProperty("nameEn").GetProperty("maxLength").GetInt32().Should().Be(ProjectConsts.MaxNameLength, request);
            properties.GetProperty("address").GetProperty("maxLength").GetInt32().Should().Be(ProjectConsts.MaxAddressLength, request);
            properties.GetProperty("objectives").GetProperty("maxLength").GetInt32().Should().Be(ProjectConsts.MaxObjectivesLength, request);
        }
    }

    [Fact]
    public async Task Amounts_carry_the_range_of_FinanceConsts()
    {
        var amount = (await SchemasAsync()).GetProperty("DisbursementInput").GetProperty("properties").GetProperty("amount");

        Number(amount.GetProperty("exclusiveMinimum")).Should().Be(0m);
        Number(amount.GetProperty("maximum")).Should().Be(FinanceConsts.MaxAmount);
    }

    [Fact]
    public async Task Coordinates_carry_their_inclusive_range()
    {
        var properties = (await SchemasAsync()).GetProperty("CreateProjectRequest").GetProperty("properties");

        Number(properties.GetProperty("latitude").GetProperty("minimum")).Should().Be(-90m);
        Number(properties.GetProperty("latitude").GetProperty("maximum")).Should().Be(90m);
    }

    [Fact]
    public async Task Responses_carry_no_limits()
    {
        var properties = (await SchemasAsync()).GetProperty("ProjectDto").GetProperty("properties");

        properties.GetProperty("nameVi").TryGetProperty("maxLength", out _).Should().BeFalse();
    }

    private async Task<JsonElement> SchemasAsync()
    {
        var doc = await factory.CreateClient().GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        return JsonDocument.Parse(doc).RootElement.GetProperty("components").GetProperty("schemas").Clone();
    }

    private static decimal Number(JsonElement value) => value.ValueKind == JsonValueKind.String
        ? decimal.Parse(value.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture)
        : value.GetDecimal();
}
