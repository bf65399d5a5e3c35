using System.Reflection;
using System.Text.RegularExpressions;
using AwesomeAssertions;
using InvestAid.TestBase;

namespace InvestAid.HttpApi.Hosting;

/// <summary>
/// The layers of <c>docs/architecture.md</c>, held by what each compiled assembly references (the compiler keeps only
/// the references a project's code uses) and, for the host, by its source: a feature put in the wrong project fails here.
/// </summary>
public sealed partial class LayeringTests
{
    private static Assembly Load(string name) => Assembly.Load(new AssemblyName(name));

    private static string[] References(string assembly) =>
        Load(assembly).GetReferencedAssemblies().Select(a => a.Name!).Order().ToArray();

    [Fact]
    public void Contracts_reference_only_Domain_Shared_of_ours_so_no_engine_or_EF_type_reaches_the_API_model()
    {
        var references = References("InvestAid.Application.Contracts");
        references.Where(r => r.StartsWith("InvestAid.", StringComparison.Ordinal))
            .Should().Equal(["InvestAid.Domain.Shared"], "Contracts hold DTOs and requests only");
        references.Should().NotContain(r => r.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) || r.StartsWith("Npgsql", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("InvestAid.Domain")]
    [InlineData("InvestAid.Application")]
    [InlineData("InvestAid.Workflows")]
    public void Rules_and_the_engine_reference_no_database_mail_job_or_web_library(string assembly)
    {
        References(assembly).Should().NotContain(
            r => Forbidden(r, "Microsoft.EntityFrameworkCore", "Npgsql", "MailKit", "MimeKit", "Hangfire", "Microsoft.AspNetCore"),
            $"{assembly} holds rules; data access is in EntityFrameworkCore, mail in Infrastructure.Mail, jobs and HTTP in the host");
    }

    [Fact]
    public void Only_Infrastructure_Mail_speaks_SMTP()
    {
        References("InvestAid.EntityFrameworkCore").Should().NotContain(r => Forbidden(r, "MailKit", "MimeKit"));
        References("InvestAid.HttpApi.Host").Should().NotContain(r => Forbidden(r, "MailKit", "MimeKit"));
        References("InvestAid.Infrastructure.Mail").Should().Contain("MailKit");
    }

    [Fact]
    public void The_engine_knows_none_of_our_features()
    {
        References("InvestAid.Workflows").Where(r => r.StartsWith("InvestAid.", StringComparison.Ordinal))
            .Should().BeSubsetOf(["InvestAid.Domain.Shared"], "the engine is a library of its own; features plug into it through its ports");
    }

    [Fact]
    public void The_host_holds_no_SQL()
    {
        var host = RepoPaths.Above("aspnet-core", "src", "InvestAid.HttpApi.Host");
        var offenders = Directory.EnumerateFiles(host, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => SqlApi().Matches(File.ReadAllText(f)).Select(m => $"{Path.GetRelativePath(host, f)}: {m.Value}"))
            .ToList();
        offenders.Should().BeEmpty("SQL lives in EntityFrameworkCore behind an Application interface");
    }

    [Fact]
    public void The_SQL_check_finds_what_it_looks_for()
    {
        SqlApi().IsMatch("await db.Database.ExecuteSqlInterpolatedAsync($\"…\")").Should().BeTrue();
        SqlApi().IsMatch("await using var cmd = new NpgsqlCommand(sql, conn);").Should().BeTrue();
        SqlApi().IsMatch("db.Database.SqlQuery<int>($\"select 1\")").Should().BeTrue();
        SqlApi().IsMatch("await workflows.CompleteTaskAsync(id, request, ct);").Should().BeFalse();
    }

    private static bool Forbidden(string reference, params string[] prefixes) =>
        prefixes.Any(p => reference == p || reference.StartsWith(p + ".", StringComparison.Ordinal));

    [GeneratedRegex(@"\b(NpgsqlDataSource|NpgsqlCommand|NpgsqlConnection|ExecuteSql\w*|SqlQuery\w*|FromSql\w*)\b")]
    private static partial Regex SqlApi();
}
