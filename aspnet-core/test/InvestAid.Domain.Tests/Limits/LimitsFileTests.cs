using System.Reflection;
using System.Text.RegularExpressions;
using AwesomeAssertions;
using InvestAid.Projects;

namespace InvestAid.Domain.Limits;

/// <summary>
/// The web app's field limits (<c>angular/src/app/shared/limits.ts</c>) are the server's: each <c>export const XConsts</c>
/// names a class of Domain.Shared and each key one of its constants, with the same value.
/// </summary>
public sealed partial class LimitsFileTests
{
    [Fact]
    public void Every_limit_of_the_web_app_is_the_servers_constant()
    {
        var text = File.ReadAllText(LimitsFile());
        var blocks = Block().Matches(text);
        blocks.Should().NotBeEmpty();
        var checkedCount = 0;
        foreach (Match block in blocks)
        {
            var className = block.Groups["name"].Value;
            var type = typeof(ProjectConsts).Assembly.GetTypes().SingleOrDefault(t => t.Name == className);
            type.Should().NotBeNull($"limits.ts names {className}, a class of Domain.Shared");
            foreach (Match entry in Entry().Matches(block.Groups["body"].Value))
            {
                var key = entry.Groups["key"].Value;
                var constant = char.ToUpperInvariant(key[0]) + key[1..];
                var field = type!.GetField(constant, BindingFlags.Public | BindingFlags.Static);
                field.Should().NotBeNull($"{className}.{constant} is a constant of the server");
                Convert.ToInt64(field!.GetValue(null), System.Globalization.CultureInfo.InvariantCulture)
                    .Should().Be(long.Parse(entry.Groups["value"].Value, System.Globalization.CultureInfo.InvariantCulture), $"{className}.{key} in limits.ts");
                checkedCount++;
            }
        }
        checkedCount.Should().BeGreaterThan(0);
    }

    private static string LimitsFile()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "angular", "src", "app", "shared", "limits.ts");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException("angular/src/app/shared/limits.ts not found above the test's directory.");
    }

    [GeneratedRegex(@"export const (?<name>\w+Consts) = \{(?<body>[^}]*)\} as const;")]
    private static partial Regex Block();

    [GeneratedRegex(@"(?<key>\w+): (?<value>\d+),")]
    private static partial Regex Entry();
}
