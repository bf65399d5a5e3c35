using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AwesomeAssertions;
using InvestAid.Common;
using InvestAid.Errors;
using InvestAid.Projects;
using InvestAid.TestBase;
using MiniExcelLibs;

namespace InvestAid.HttpApi.Projects;

public sealed class ProjectImportTests(ApiFactory factory)
{
    private static Dictionary<string, object?> Fdi(string name, object? capital = null, string country = "KR") => new()
    {
        [ProjectImportColumns.Kind] = "FDI",
        [ProjectImportColumns.NameVi] = name,
        [ProjectImportColumns.InvestorNames] = "Import Investor Co.",
        [ProjectImportColumns.InvestorCountries] = country,
        [ProjectImportColumns.IrcNumber] = "5555555555",
        [ProjectImportColumns.IrcDate] = "15/03/2025",
        [ProjectImportColumns.CapitalUsd] = capital ?? 2_500_000m,
        [ProjectImportColumns.Sector] = "26",
    };

    private static Dictionary<string, object?> Ngo(string name) => new()
    {
        [ProjectImportColumns.Kind] = "NGO",
        [ProjectImportColumns.NameVi] = name,
        [ProjectImportColumns.Donor] = "BIDMC",
        [ProjectImportColumns.CommittedAmount] = 150_000m,
        [ProjectImportColumns.Currency] = "USD",
        [ProjectImportColumns.RateToUsd] = 1m,
        [ProjectImportColumns.DecisionDate] = "10/05/2025",
    };

    private static async Task<HttpResponseMessage> Upload(HttpClient client, IEnumerable<Dictionary<string, object?>> rows)
    {
        var all = rows.Select(r => ProjectImportColumns.All.ToDictionary(c => c, c => r.GetValueOrDefault(c))).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(all, cancellationToken: TestContext.Current.CancellationToken);
        var file = new ByteArrayContent(stream.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var form = new MultipartFormDataContent { { file, "file", "du-an.xlsx" } };
        return await client.PostAsync("/api/v1/projects/import", form, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_good_sheet_imports_every_row()
    {
        var client = await factory.CreateClientAsAsync("officer@investaid.local");
        var word = ProjectRequests.UniqueWord();

        var response = await Upload(client, [Fdi($"Nhập 1 {word}"), Fdi($"Nhập 2 {word}", 7_000_000m, "JP"), Ngo($"Nhập 3 {word}")]);

        (await response.ReadAsync<ImportResultDto>()).Imported.Should().Be(3);
        var list = await client.GetJsonAsync<PagedResult<ProjectListItemDto>>($"/api/v1/projects?q={word}&sort=nameVi");
        list.Items.Select(p => p.Kind).Should().Equal(ProjectKind.Fdi, ProjectKind.Fdi, ProjectKind.NgoAid);
        list.Items[1].RegisteredCapitalUsd.Should().Be(7_000_000m);
        list.Items[0].Status.Should().Be(ProjectStatus.Active);
        list.Items[0].Code.Should().StartWith("FDI-2025-");
        var detail = await client.GetJsonAsync<ProjectDto>($"/api/v1/projects/{list.Items[1].Id}");
        detail.Investors.Should().ContainSingle().Which.CountryCode.Should().Be("JP");
        detail.CapitalEvents.Should().ContainSingle().Which.CapitalChangeUsd.Should().Be(7_000_000m);
        detail.Fdi!.IrcNumber.Should().Be("5555555555");
        (await client.GetJsonAsync<ProjectDto>($"/api/v1/projects/{list.Items[1].Id}?asOf=2025-03-14")).Status.Should().Be(ProjectStatus.Draft);
        var ngo = await client.GetJsonAsync<ProjectDto>($"/api/v1/projects/{list.Items[2].Id}");
        ngo.Ngo!.CommittedAmount.Should().Be(150_000m);
        ngo.RegisteredOn.Should().Be(new DateOnly(2025, 5, 10));
    }

    [Fact]
    public async Task A_sheet_with_bad_rows_imports_nothing_and_names_every_bad_cell()
    {
        var client = await factory.CreateClientAsAsync("officer@investaid.local");
        var word = ProjectRequests.UniqueWord();

        var response = await Upload(client,
        [
            Fdi($"Tốt {word}"),
            Fdi($"Vốn âm {word}", -1m),
            Fdi($"Quốc tịch sai {word}", country: "ZZ"),
            new() { [ProjectImportColumns.Kind] = "XYZ", [ProjectImportColumns.NameVi] = $"Loại sai {word}" },
            Fdi($"Số sai {word}", "nhiều tiền"),
        ]);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ImportInvalid);
        var rows = problem.GetProperty("rows").EnumerateArray()
            .Select(e => (Row: e.GetProperty("row").GetInt32(), Column: e.GetProperty("column").GetString(), Message: e.GetProperty("message").GetString()))
            .ToList();
        rows.Should().Contain(e => e.Row == 3 && e.Column == ProjectImportColumns.CapitalUsd);
        rows.Should().Contain(e => e.Row == 4 && e.Column == ProjectImportColumns.InvestorCountries && e.Message!.Contains("ZZ"));
        rows.Should().Contain(e => e.Row == 5 && e.Column == ProjectImportColumns.Kind);
        rows.Should().Contain(e => e.Row == 6 && e.Column == ProjectImportColumns.CapitalUsd && e.Message!.Contains("không phải là số"));
        rows.Should().NotContain(e => e.Row == 2);
        (await client.GetJsonAsync<PagedResult<ProjectListItemDto>>($"/api/v1/projects?q={word}")).TotalCount.Should().Be(0);
    }

    [Fact]
    public async Task Something_that_is_not_a_workbook_is_refused_clearly()
    {
        var client = await factory.CreateClientAsAsync("officer@investaid.local");
        var form = new MultipartFormDataContent { { new ByteArrayContent("not a zip"u8.ToArray()), "file", "du-an.xlsx" } };

        var response = await client.PostAsync("/api/v1/projects/import", form, TestContext.Current.CancellationToken);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ImportInvalid);
        problem.GetProperty("rows")[0].GetProperty("message").GetString().Should().Contain("Không đọc được tệp Excel");
    }

    [Fact]
    public async Task The_template_has_the_import_headers_and_imports_as_it_is()
    {
        var client = await factory.CreateClientAsAsync("officer@investaid.local");

        var template = await client.GetAsync("/api/v1/projects/import/template", TestContext.Current.CancellationToken);
        template.StatusCode.Should().Be(HttpStatusCode.OK);
        var bytes = await template.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        using (var read = new MemoryStream(bytes))
        {
            var header = ((IDictionary<string, object?>)read.Query(useHeaderRow: true).First()).Keys;
            header.Should().Equal(ProjectImportColumns.All);
        }

        var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", "mau.xlsx" } };
        var imported = await client.PostAsync("/api/v1/projects/import", form, TestContext.Current.CancellationToken);
        (await imported.ReadAsync<ImportResultDto>()).Imported.Should().Be(3);
    }
}
