using System.Reflection;
using System.Text.RegularExpressions;
using AwesomeAssertions;
using InvestAid.Identity;

namespace InvestAid.Domain.Limits;

/// <summary>
/// The web app decides what to offer by permission names (<c>angular/src/app/core/auth/permission-names.ts</c>), which must be
/// the server's: each value there is a constant of Domain.Shared's <see cref="Permissions"/>.
/// </summary>
public sealed partial class PermissionNamesFileTests
{
    [Fact]
    public void Every_permission_name_of_the_web_app_is_one_of_the_servers()
    {
        var server = typeof(Permissions).GetNestedTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToHashSet(StringComparer.Ordinal);
        var names = Entry().Matches(File.ReadAllText(NamesFile())).Select(m => m.Groups["value"].Value).ToList();

        names.Should().NotBeEmpty();
        names.Should().OnlyContain(n => server.Contains(n), "every permission the web app asks about is a permission of the server");
    }

    private static string NamesFile()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "angular", "src", "app", "core", "auth", "permission-names.ts");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException("angular/src/app/core/auth/permission-names.ts not found above the test's directory.");
    }

    [GeneratedRegex(@"^\s*\w+:\s*'(?<value>InvestAid[\w.]*)',?\s*$", RegexOptions.Multiline)]
    private static partial Regex Entry();
}
