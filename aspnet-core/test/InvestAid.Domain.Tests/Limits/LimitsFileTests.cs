using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using AwesomeAssertions;
using InvestAid.Projects;

namespace InvestAid.Domain.Limits;

/// <summary>
/// The web app's field limits are the server's. <c>angular/src/app/shared/limits.ts</c>: each <c>export const XConsts</c>
/// names a class of Domain.Shared and each key one of its constants; its value, read from the generated
/// <c>angular/src/app/api/limits.ts</c> (or, for a limit no request schema states, written there), is the constant's.
/// <c>api/limits.ts</c> holds the limits of the OpenAPI document (<c>aspnet-core/openapi/v1.json</c>), so a document
/// regenerated without <c>npm run gen:api</c> fails here.
/// </summary>
public sealed partial class LimitsFileTests
{
    private static readonly string[] LimitKeys = ["maxLength", "minLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"];

    [Fact]
    public void Every_limit_of_the_web_app_is_the_servers_constant()
    {
        var generated = GeneratedLimits();
        var text = File.ReadAllText(RepoFile("angular", "src", "app", "shared", "limits.ts"));
        var blocks = Block().Matches(text);
        blocks.Should().NotBeEmpty();
        var checkedCount = 0;
        var fromDocument = 0;
        foreach (Match block in blocks)
        {
            var className = block.Groups["name"].Value;
            var type = typeof(ProjectConsts).Assembly.GetTypes().SingleOrDefault(t => t.Name == className);
            type.Should().NotBeNull($"limits.ts names {className}, a class of Domain.Shared");
            var entries = Entry().Matches(block.Groups["body"].Value);
            entries.Should().NotBeEmpty($"{className} in limits.ts has limits");
            foreach (Match entry in entries)
            {
                var key = entry.Groups["key"].Value;
                var constant = char.ToUpperInvariant(key[0]) + key[1..];
                var field = type!.GetField(constant, BindingFlags.Public | BindingFlags.Static);
                field.Should().NotBeNull($"{className}.{constant} is a constant of the server");
                decimal value;
                if (entry.Groups["value"].Success)
                {
                    value = decimal.Parse(entry.Groups["value"].Value, CultureInfo.InvariantCulture);
                }
                else
                {
                    var path = $"{entry.Groups["schema"].Value}.{entry.Groups["property"].Value}.{entry.Groups["limit"].Value}";
                    generated.Should().ContainKey(path, $"{className}.{key} in limits.ts reads {path} of api/limits.ts");
                    value = generated[path];
                    fromDocument++;
                }
                Convert.ToDecimal(field!.GetValue(null), CultureInfo.InvariantCulture).Should().Be(value, $"{className}.{key} in limits.ts");
                checkedCount++;
            }
        }
        checkedCount.Should().BeGreaterThan(0);
        fromDocument.Should().BeGreaterThan(0);
    }

    [Fact]
    public void The_generated_limits_are_those_of_the_OpenAPI_document()
    {
        var expected = new Dictionary<string, decimal>(StringComparer.Ordinal);
        using var doc = JsonDocument.Parse(File.ReadAllText(RepoFile("aspnet-core", "openapi", "v1.json")));
        foreach (var schema in doc.RootElement.GetProperty("components").GetProperty("schemas").EnumerateObject())
        {
            if (!schema.Value.TryGetProperty("properties", out var properties))
            {
                continue;
            }
            foreach (var property in properties.EnumerateObject())
            {
                foreach (var limit in LimitKeys)
                {
                    if (property.Value.TryGetProperty(limit, out var value) && value.ValueKind == JsonValueKind.Number)
                    {
                        expected[$"{schema.Name}.{property.Name}.{limit}"] = value.GetDecimal();
                    }
                }
            }
        }

        expected.Should().NotBeEmpty("the OpenAPI document states the limits of its request schemas");
        GeneratedLimits().Should().BeEquivalentTo(expected, "api/limits.ts is written from v1.json by `npm run gen:api`; run etc/gen-api");
    }

    /// <summary>The limits of <c>api/limits.ts</c> by <c>Schema.property.limit</c>.</summary>
    private static Dictionary<string, decimal> GeneratedLimits()
    {
        var result = new Dictionary<string, decimal>(StringComparer.Ordinal);
        string? schema = null;
        foreach (var line in File.ReadAllLines(RepoFile("angular", "src", "app", "api", "limits.ts")))
        {
            if (SchemaLine().Match(line) is { Success: true } s)
            {
                schema = s.Groups["name"].Value;
            }
            else if (PropertyLine().Match(line) is { Success: true } p)
            {
                schema.Should().NotBeNull("a property of api/limits.ts is inside a schema");
                foreach (Match limit in Limit().Matches(p.Groups["limits"].Value))
                {
                    result[$"{schema}.{p.Groups["name"].Value}.{limit.Groups["key"].Value}"] =
                        decimal.Parse(limit.Groups["value"].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
                }
            }
        }
        return result;
    }

    private static string RepoFile(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine([dir.FullName, .. parts]);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException($"{string.Join('/', parts)} not found above the test's directory.");
    }

    [GeneratedRegex(@"export const (?<name>\w+Consts) = \{(?<body>[^}]*)\} as const;")]
    private static partial Regex Block();

    [GeneratedRegex(@"(?<key>\w+): (?:(?<value>-?\d+(?:\.\d+)?)|api\.(?<schema>\w+)\.(?<property>\w+)\.(?<limit>\w+)),")]
    private static partial Regex Entry();

    [GeneratedRegex(@"^  '?(?<name>[^':\s]+)'?: \{$")]
    private static partial Regex SchemaLine();

    [GeneratedRegex(@"^    '?(?<name>[^':\s]+)'?: \{ (?<limits>[^}]*) \},$")]
    private static partial Regex PropertyLine();

    [GeneratedRegex(@"(?<key>\w+): (?<value>-?[\d.eE+-]+)")]
    private static partial Regex Limit();
}
