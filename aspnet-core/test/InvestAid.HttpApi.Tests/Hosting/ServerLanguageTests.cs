using System.Net;
using AwesomeAssertions;
using InvestAid.Errors;
using InvestAid.Hosting;
using InvestAid.TestBase;

namespace InvestAid.HttpApi.Hosting;

public sealed class ServerLanguageTests(ApiFactory factory)
{
    [Fact]
    public void Every_error_code_has_a_title_and_a_detail_in_Vietnamese_and_in_English()
    {
        ErrorMessages.AllCodes.Should().HaveCountGreaterThan(30);
        foreach (var code in ErrorMessages.AllCodes)
        {
            var vi = ErrorMessages.Find(code, "vi");
            var en = ErrorMessages.Find(code, "en");
            vi.Should().NotBeNull($"{code} needs Vietnamese texts");
            en.Should().NotBeNull($"{code} needs English texts");
            vi!.Title.Should().NotBeNullOrWhiteSpace(code);
            vi.Detail.Should().NotBeNullOrWhiteSpace(code);
            en!.Title.Should().NotBeNullOrWhiteSpace(code);
            en.Detail.Should().NotBeNullOrWhiteSpace(code);
            ProblemLanguage.LooksVietnamese(en.Title + en.Detail).Should().BeFalse($"{code}'s English texts are English");
        }
    }

    [Fact]
    public async Task A_problem_speaks_the_language_the_request_asks_for()
    {
        var client = await factory.CreateClientAsAsync("officer@investaid.local");
        var url = $"/api/v1/projects/{Guid.NewGuid()}";

        var vi = await (await client.GetAsync(url, TestContext.Current.CancellationToken)).ShouldBeProblemAsync(HttpStatusCode.NotFound, ErrorCodes.NotFound);
        vi.GetProperty("title").GetString().Should().Be("Không tìm thấy");
        vi.GetProperty("detail").GetString().Should().StartWith("Không tìm thấy");

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.ParseAdd("en-US,en;q=0.9,vi;q=0.5");
        var en = await (await client.SendAsync(request, TestContext.Current.CancellationToken)).ShouldBeProblemAsync(HttpStatusCode.NotFound, ErrorCodes.NotFound);
        en.GetProperty("title").GetString().Should().Be("Not found");
        ProblemLanguage.LooksVietnamese(en.GetProperty("detail").GetString()!).Should().BeFalse();
    }

    [Theory]
    [InlineData(null, "vi")]
    [InlineData("", "vi")]
    [InlineData("en", "en")]
    [InlineData("en-GB,vi;q=0.5", "en")]
    [InlineData("vi-VN,en;q=0.8", "vi")]
    [InlineData("fr-FR", "vi")]
    public void The_request_language_is_English_only_when_asked_first(string? header, string expected) =>
        RequestLanguageMiddleware.LanguageOf(header).TwoLetterISOLanguageName.Should().Be(expected);
}
