using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AwesomeAssertions;
using InvestAid.Errors;
using InvestAid.Hosting;
using InvestAid.Projects;
using InvestAid.TestBase;
using InvestAid.Validation;

namespace InvestAid.HttpApi.Hosting;

/// <summary>Field messages of a 400 come in the request's language, from ValidationMessages.json through FluentValidation's language manager.</summary>
public sealed partial class ValidationLanguageTests(ApiFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Every_validation_message_has_a_Vietnamese_and_an_English_text_with_the_same_placeholders()
    {
        var catalog = ValidationLanguageManager.Catalog.Value;
        catalog.Should().HaveCountGreaterThan(80);
        foreach (var (key, texts) in catalog)
        {
            texts.Should().ContainKeys(["vi", "en"], key);
            texts["vi"].Should().NotBeNullOrWhiteSpace(key);
            texts["en"].Should().NotBeNullOrWhiteSpace(key);
            ProblemLanguage.LooksVietnamese(texts["en"]).Should().BeFalse($"{key}'s English text is English");
            Placeholders(texts["en"]).Should().BeEquivalentTo(Placeholders(texts["vi"]), key);
        }
    }

    [Fact]
    public void The_language_manager_gives_Vietnamese_unless_English_is_asked_for()
    {
        var manager = new ValidationLanguageManager();
        manager.GetString("project.nameViRequired", CultureInfo.GetCultureInfo("en-US")).Should().Be("Enter the project's name (in Vietnamese).");
        manager.GetString("project.nameViRequired", CultureInfo.GetCultureInfo("vi-VN")).Should().Be("Vui lòng nhập tên dự án (tiếng Việt).");
        manager.GetString("project.nameViRequired", CultureInfo.InvariantCulture).Should().Be("Vui lòng nhập tên dự án (tiếng Việt).", "a job has no request");
        manager.GetString("project.nameViRequired", CultureInfo.GetCultureInfo("fr-FR")).Should().Be("Vui lòng nhập tên dự án (tiếng Việt).");
    }

    [Fact]
    public async Task A_rejected_project_names_its_fields_in_English_for_an_English_request_and_in_Vietnamese_otherwise()
    {
        var client = await factory.CreateClientAsAsync("officer@investaid.local");
        var oda = ProjectRequests.Oda("  ") with { DonorCode = "NOBODY", PlannedStart = new DateOnly(2026, 1, 1), PlannedEnd = new DateOnly(2025, 1, 1) };
        oda = oda with { Oda = oda.Oda! with { Currency = "XYZ" } };

        var en = await ErrorsAsync(client, oda, "en-US,en;q=0.9");
        en["nameVi"].Should().Contain("Enter the project's name (in Vietnamese).");
        en["donorCode"].Should().Contain("There is no donor with code 'NOBODY'.");
        en["oda.currency"].Should().Contain("There is no currency with code 'XYZ'.");
        en["plannedEnd"].Should().Contain("The planned end may not be before the planned start.");
        en.Values.SelectMany(m => m).Should().NotContain(m => ProblemLanguage.LooksVietnamese(m));

        var vi = await ErrorsAsync(client, oda, "vi-VN");
        vi["nameVi"].Should().Contain("Vui lòng nhập tên dự án (tiếng Việt).");
        vi["donorCode"].Should().Contain("Không có nhà tài trợ mã 'NOBODY'.");
        vi["oda.currency"].Should().Contain("Không có loại tiền mã 'XYZ'.");

        var unspecified = await ErrorsAsync(client, oda, null);
        unspecified["nameVi"].Should().Contain("Vui lòng nhập tên dự án (tiếng Việt).", "Vietnamese is the default");
    }

    [Fact]
    public async Task A_list_query_out_of_range_is_refused_in_the_request_language_with_the_limit_written_in()
    {
        var client = await factory.CreateClientAsAsync("officer@investaid.local");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/projects?pageSize=100000&sort=colour");
        request.Headers.AcceptLanguage.ParseAdd("en");
        var problem = await (await client.SendAsync(request, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        problem.GetProperty("title").GetString().Should().Be("Invalid data");
        var errors = problem.GetProperty("errors");
        errors.GetProperty("pageSize")[0].GetString().Should().Be($"1 to {ProjectConsts.MaxPageSize} rows a page.");
        errors.GetProperty("sort")[0].GetString().Should().StartWith("Sort only by: code, nameVi");

        var vi = await (await client.GetAsync("/api/v1/projects?pageSize=100000", Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        vi.GetProperty("errors").GetProperty("pageSize")[0].GetString().Should().Be($"Số dòng mỗi trang từ 1 đến {ProjectConsts.MaxPageSize}.");
    }

    private static async Task<Dictionary<string, string[]>> ErrorsAsync(HttpClient client, CreateProjectRequest body, string? language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/projects") { Content = JsonContent(body) };
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }
        var problem = await (await client.SendAsync(request, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        return problem.GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
    }

    private static System.Net.Http.Json.JsonContent JsonContent(CreateProjectRequest body) =>
        System.Net.Http.Json.JsonContent.Create(body, options: TestJson.Options);

    private static string[] Placeholders(string text) => [.. PlaceholderPattern().Matches(text).Select(m => m.Value).Order()];

    [GeneratedRegex(@"\{[A-Za-z0-9]+(:[^}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}
