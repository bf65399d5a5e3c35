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

    [Fact]
    public void Child_rules_describe_the_nested_type()
    {
        // ProjectInputValidator's ChildRules for the FDI block, the ODA block and each investor.
        var fdi = InvestAid.OpenApi.ValidatorLimitsSchemaTransformer.LimitsOf(typeof(FdiDetailsDto));
        fdi[nameof(FdiDetailsDto.IrcNumber)].MaxLength.Should().Be(ProjectConsts.MaxDocumentNumberLength);
        fdi[nameof(FdiDetailsDto.DurationYears)].Should().Be(new InvestAid.OpenApi.PropertyLimits(Minimum: 1, Maximum: 99));

        var oda = InvestAid.OpenApi.ValidatorLimitsSchemaTransformer.LimitsOf(typeof(OdaDetailsDto));
        oda[nameof(OdaDetailsDto.OdaAmount)].Should().Be(new InvestAid.OpenApi.PropertyLimits(Minimum: 0, Maximum: ProjectConsts.MaxAmount));
        oda[nameof(OdaDetailsDto.RateToUsd)].Should().Be(new InvestAid.OpenApi.PropertyLimits(Maximum: 1_000_000m, ExclusiveMinimum: 0));

        InvestAid.OpenApi.ValidatorLimitsSchemaTransformer.LimitsOf(typeof(InvestorDto))[nameof(InvestorDto.Name)].MaxLength
            .Should().Be(ProjectConsts.MaxPartyNameLength);
    }

    [Fact]
    public async Task Child_rules_reach_the_schemas_of_the_nested_objects()
    {
        var schemas = await SchemasAsync();

        var duration = schemas.GetProperty("FdiDetailsDto").GetProperty("properties").GetProperty("durationYears");
        Number(duration.GetProperty("minimum")).Should().Be(1m);
        Number(duration.GetProperty("maximum")).Should().Be(99m);
        schemas.GetProperty("InvestorDto").GetProperty("properties").GetProperty("name").GetProperty("maxLength").GetInt32()
            .Should().Be(ProjectConsts.MaxPartyNameLength);
    }

    [Fact]
    public void A_rule_guarded_by_its_own_presence_is_described_and_one_guarded_by_another_field_is_not()
    {
        // RuleFor(r => r.Message).NotEmpty().MaximumLength(…).When(r => r.Message is not null)
        InvestAid.OpenApi.ValidatorLimitsSchemaTransformer.LimitsOf(typeof(InvestAid.Workflows.StartInstanceRequest))["message"].MaxLength
            .Should().Be(InvestAid.Workflows.WorkflowConsts.MaxKeyLength);
        // RuleFor(x => x.RegisteredCapitalUsd).Null().When(x => x.Kind != ProjectKind.Fdi) says nothing a schema can hold,
        // and the conditional range of the capital stays.
        InvestAid.OpenApi.ValidatorLimitsSchemaTransformer.LimitsOf(typeof(CreateProjectRequest))[nameof(CreateProjectRequest.RegisteredCapitalUsd)]
            .Should().Be(new InvestAid.OpenApi.PropertyLimits(Maximum: ProjectConsts.MaxAmountUsd, ExclusiveMinimum: 0));
    }

    [Fact]
    public async Task Answers_state_every_property_as_required_and_requests_keep_their_optional_ones()
    {
        var schemas = await SchemasAsync();

        Required(schemas, "FdiFigures").Should().BeEquivalentTo(Properties(schemas, "FdiFigures"), "an answer writes every property, nulls included");
        Required(schemas, "ProjectDto").Should().Contain(["nameEn", "fdi", "updatedAt"]);
        Required(schemas, "CreateProjectRequest").Should().NotContain("nameEn", "a request may leave an optional property out");
        Required(schemas, "InstanceSearchQuery").Should().NotContain("definitionKey", "a schema a request refers to, through another, is a request's");
        Required(schemas, "ProblemDetails").Should().BeEmpty("the problem documents leave null members out");
    }

    private static string[] Required(JsonElement schemas, string name) =>
        schemas.GetProperty(name).TryGetProperty("required", out var required) ? [.. required.EnumerateArray().Select(r => r.GetString()!)] : [];

    private static string[] Properties(JsonElement schemas, string name) =>
        [.. schemas.GetProperty(name).GetProperty("properties").EnumerateObject().Select(p => p.Name)];

    /// <summary>
    /// The committed document (aspnet-core/openapi/v1.json), from which the web app's limits are generated, states the
    /// limits the host serves: a validator changed without running etc/gen-api fails here.
    /// </summary>
    [Fact]
    public async Task The_committed_document_states_the_limits_the_host_serves()
    {
        var served = Limits(await SchemasAsync());
        var committed = Limits(JsonDocument.Parse(File.ReadAllText(CommittedDocument())).RootElement
            .GetProperty("components").GetProperty("schemas"));

        served.Should().NotBeEmpty();
        committed.Should().BeEquivalentTo(served, "aspnet-core/openapi/v1.json is regenerated by etc/gen-api");
    }

    private static Dictionary<string, decimal> Limits(JsonElement schemas)
    {
        var result = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var schema in schemas.EnumerateObject())
        {
            if (!schema.Value.TryGetProperty("properties", out var properties))
            {
                continue;
            }
            foreach (var property in properties.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }
                foreach (var limit in new[] { "maxLength", "minLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum" })
                {
                    if (property.Value.TryGetProperty(limit, out var value))
                    {
                        result[$"{schema.Name}.{property.Name}.{limit}"] = Number(value);
                    }
                }
            }
        }
        return result;
    }

    private static string CommittedDocument() => RepoPaths.Above("aspnet-core", "openapi", "v1.json");

    private async Task<JsonElement> SchemasAsync()
    {
        var doc = await factory.CreateClient().GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        return JsonDocument.Parse(doc).RootElement.GetProperty("components").GetProperty("schemas").Clone();
    }

    private static decimal Number(JsonElement value) => value.ValueKind == JsonValueKind.String
        ? decimal.Parse(value.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture)
        : value.GetDecimal();
}
