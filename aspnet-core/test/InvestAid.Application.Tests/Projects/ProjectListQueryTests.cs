using InvestAid.EntityFrameworkCore;
using InvestAid.EntityFrameworkCore.Projects;
using InvestAid.Projects;
using InvestAid.TestBase;
using InvestAid.TestBase.Reports;
using InvestAid.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace InvestAid.Application.ProjectList;

/// <summary>
/// The project list on a registry large enough to be sampled (25,000 projects written by the bulk writer's COPY): each
/// answer against the same list worked out in memory from the domain objects — a long list gets an estimate within
/// 15 % and says so (but its last page the exact count), a short list its exact count, and both the right page in the right order; the investors'
/// countries reach the list from their own column.
/// </summary>
public sealed class ProjectListQueryTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Long_lists_are_estimated_short_ones_counted_and_every_page_is_the_right_one()
    {
        var ct = TestContext.Current.CancellationToken;
        var (projects, _) = RandomFdiProvince.Generate(7, projects: 25_000, contributions: 0);
        await using (var scope = database.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<InvestAidDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await new ProjectBulkWriter(db).WriteAsync(projects, ct);
            await transaction.CommitAsync(ct);
        }
        await using (var conn = new NpgsqlConnection(database.ConnectionString))
        {
            await conn.OpenAsync(ct);
            await new NpgsqlCommand("VACUUM ANALYZE projects", conn).ExecuteNonQueryAsync(ct);
        }

        var all = new ProjectScope(true, null);
        var byCapital = "-registeredCapitalUsd";
        var cases = new (string Label, ProjectQuery Query, ProjectScope Scope, Func<Project, bool> Matches, bool Estimated)[]
        {
            ("everything", new ProjectQuery { Sort = byCapital }, all, _ => true, true),
            ("a word in every name", new ProjectQuery { Q = "ngau nhien", Sort = byCapital, Page = 3 }, all, _ => true, true),
            ("everything, the last page", new ProjectQuery { Sort = byCapital, Page = 834, PageSize = 30 }, all, _ => true, false),
            ("investors from Germany", new ProjectQuery { Country = "DE", Sort = byCapital }, all, p => p.Investors.Any(i => i.CountryCode == "DE"), false),
            ("Germany, sector 26, commune 33012", new ProjectQuery { Country = "DE", Sector = "26", Commune = "33012", Sort = byCapital },
                all, p => p.Investors.Any(i => i.CountryCode == "DE") && p.SectorCode == "26" && p.CommuneCode == "33012", false),
            ("a code prefix", new ProjectQuery { Q = "FDI-R7-0001", Sort = byCapital }, all, p => p.Code.StartsWith("FDI-R7-0001", StringComparison.Ordinal), false),
            ("registered in 2024, page 2", new ProjectQuery { From = new DateOnly(2024, 3, 1), To = new DateOnly(2024, 3, 31), Sort = byCapital, Page = 2 },
                all, p => p.RegisteredOn is { } on && on >= new DateOnly(2024, 3, 1) && on <= new DateOnly(2024, 3, 31), false),
            ("an owner's three projects", new ProjectQuery { Sort = byCapital }, new ProjectScope(false, null, [projects[5].Id, projects[500].Id, projects[20_000].Id]),
                p => p.Id == projects[5].Id || p.Id == projects[500].Id || p.Id == projects[20_000].Id, false),
            ("past the last page", new ProjectQuery { Q = "FDI-R7-0001", Sort = byCapital, Page = 9 }, all, p => p.Code.StartsWith("FDI-R7-0001", StringComparison.Ordinal), false),
        };
        foreach (var (label, query, scope, matches, estimated) in cases)
        {
            var expected = projects.Where(p => matches(p) && TextFolding.Terms(query.Q).All(t => p.SearchText.Contains(t, StringComparison.Ordinal)))
                .OrderByDescending(p => p.RegisteredCapitalUsd).ToList();
            await using var serviceScope = database.Services.CreateAsyncScope();
            var page = await new ProjectQueries(serviceScope.ServiceProvider.GetRequiredService<InvestAidDbContext>()).ListAsync(query, scope, ct);

            page.TotalIsEstimate.Should().Be(estimated, label);
            if (estimated)
            {
                page.TotalCount.Should().BeInRange((int)(expected.Count * 0.85), (int)(expected.Count * 1.15), label);
            }
            else
            {
                page.TotalCount.Should().Be(expected.Count, label);
            }
            page.Items.Select(i => i.RegisteredCapitalUsd).Should().Equal(
                expected.Skip((query.PageNumber - 1) * query.Size).Take(query.Size).Select(p => p.RegisteredCapitalUsd), label);
            var first = expected.Skip((query.PageNumber - 1) * query.Size).FirstOrDefault();
            if (first is not null)
            {
                page.Items[0].InvestorCountries.Should().Be(first.Investors.Count == 0 ? null
                    : string.Join(", ", first.Investors.Select(i => i.CountryCode).Distinct().Order(StringComparer.Ordinal)), label);
            }
        }
    }

    [Theory]
    [InlineData(19_154.0, 19_000)]
    [InlineData(99_731.0, 100_000)]
    [InlineData(5_049.0, 5_000)]
    [InlineData(12_350.0, 12_000)]
    public void An_estimate_keeps_two_significant_digits(double estimate, int shown) =>
        ProjectQueries.RoundEstimate(estimate).Should().Be(shown);
}
