using AwesomeAssertions;
using InvestAid.EntityFrameworkCore;
using InvestAid.Finance;
using InvestAid.Reports;
using InvestAid.TestBase;
using InvestAid.TestBase.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace InvestAid.HttpApi.Reports;

/// <summary>
/// The demo province's last complete year drafted as the department's report: FDI, ODA and NGO paragraphs in Vietnamese and English,
/// every figure filled in. The Vietnamese text is written to the test output (and to $INVESTAID_DRAFT_OUT when set) for the release note.
/// </summary>
public sealed class DemoProvinceDraftTests(IsolatedApiFactory factory) : IClassFixture<IsolatedApiFactory>
{
    [Fact]
    public async Task The_demo_province_2025_draft_has_every_section_filled_in_both_languages()
    {
        await ReportData.ClearAsync(factory.Database);
        await using (var scope = factory.Database.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<InvestAidDbContext>();
            db.Set<ExchangeRate>().RemoveRange(db.Set<ExchangeRate>());
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            await scope.ServiceProvider.GetRequiredService<InvestAid.Seeding.DemoDataSeeder>().SeedAsync();
        }
        var client = await factory.CreateClientAsAsync("viewer@investaid.local");

        var draft = await client.GetJsonAsync<ReportDraftDto>("/api/v1/reports/draft?year=2025");

        draft.Vi.Select(p => p.Section).Should().Equal("fdi", "oda", "ngo");
        draft.En.Select(p => p.Section).Should().Equal("fdi", "oda", "ngo");
        draft.Vi.Should().OnlyContain(p => p.Text.Contains("2025") && !p.Text.Contains("{{") && p.Segments.Any(s => s.Key != null));
        draft.En.Should().OnlyContain(p => !p.Text.Contains(" 1 projects") && !p.Text.Contains(" 1 programmes"));
        var text = string.Join(Environment.NewLine + Environment.NewLine, draft.Vi.Select(p => $"{p.Heading}{Environment.NewLine}{p.Text}"));
        TestContext.Current.TestOutputHelper?.WriteLine(text);
        if (Environment.GetEnvironmentVariable("INVESTAID_DRAFT_OUT") is { Length: > 0 } path)
        {
            await File.WriteAllTextAsync(path, text + Environment.NewLine + Environment.NewLine
                + string.Join(Environment.NewLine + Environment.NewLine, draft.En.Select(p => $"{p.Heading}{Environment.NewLine}{p.Text}")), TestContext.Current.CancellationToken);
        }
    }
}
