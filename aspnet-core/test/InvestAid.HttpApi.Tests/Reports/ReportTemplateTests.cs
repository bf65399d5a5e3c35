using System.Net;
using System.Net.Http.Json;
using AwesomeAssertions;
using DocumentFormat.OpenXml.Packaging;
using InvestAid.Errors;
using InvestAid.Reports;
using InvestAid.Reports.Drafts;
using InvestAid.TestBase;
using InvestAid.TestBase.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InvestAid.HttpApi.Reports;

/// <summary>
/// The editable draft template: a department uploads its own .docx (a new version, the earlier ones kept), the draft is built from it,
/// and a replacement that names a template someone else already replaced is refused with 412.
/// </summary>
public sealed class ReportTemplateTests(IsolatedApiFactory factory) : IClassFixture<IsolatedApiFactory>
{
    private static byte[] TemplateSaying(string marker)
    {
        using var stream = new MemoryStream();
        stream.Write(ReportDraftDocument.DefaultTemplate());
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var body = document.MainDocumentPart!.Document!.Body!;
            body.InsertAt(new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new DocumentFormat.OpenXml.Wordprocessing.Run(
                new DocumentFormat.OpenXml.Wordprocessing.Text(marker + " {{ngo.heading}}"))), 0);
            document.MainDocumentPart.Document.Save();
        }
        return stream.ToArray();
    }

    private static async Task<HttpResponseMessage> PutAsync(HttpClient client, byte[] content, string? ifMatch, string name = "mau-so.docx")
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", name } };
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/v1/reports/draft/template") { Content = form };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static string DocumentText(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document!.Body!.InnerText;
    }

    [Fact]
    public async Task An_uploaded_template_is_a_new_version_used_by_the_draft_and_a_stale_replacement_is_412()
    {
        await using (var scope = factory.Database.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<InvestAid.EntityFrameworkCore.InvestAidDbContext>().Set<ReportTemplate>().ExecuteDeleteAsync();
        }
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var shipped = await officer.GetAsync("/api/v1/reports/draft/template", TestContext.Current.CancellationToken);
        shipped.Headers.ETag!.Tag.Should().Be("\"0\"", "the shipped template is in use");
        (await officer.GetJsonAsync<List<ReportTemplateVersionDto>>("/api/v1/reports/draft/template/versions")).Should().BeEmpty();

        var first = await PutAsync(officer, TemplateSaying("MẪU SỞ 1"), "\"0\"");
        first.StatusCode.Should().Be(HttpStatusCode.OK, await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var v1 = (await first.Content.ReadFromJsonAsync<ReportTemplateVersionDto>(TestContext.Current.CancellationToken))!;
        v1.Version.Should().Be(1);
        v1.InUse.Should().BeTrue();
        v1.UploadedBy.Should().NotBeNullOrEmpty();
        first.Headers.ETag!.Tag.Should().Be(v1.ETag);

        var draft = await officer.GetByteArrayAsync("/api/v1/reports/draft/docx?year=2025", TestContext.Current.CancellationToken);
        DocumentText(draft).Should().Contain("MẪU SỞ 1 Viện trợ phi chính phủ nước ngoài", "the draft is built from the uploaded template");

        await (await PutAsync(officer, TemplateSaying("MẪU SỞ 2"), "\"0\"")).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, ErrorCodes.PreconditionFailed);
        (await PutAsync(officer, TemplateSaying("MẪU SỞ 2"), null)).StatusCode.Should().Be((HttpStatusCode)428);
        var second = await PutAsync(officer, TemplateSaying("MẪU SỞ 2"), v1.ETag);
        second.StatusCode.Should().Be(HttpStatusCode.OK);

        var versions = await officer.GetJsonAsync<List<ReportTemplateVersionDto>>("/api/v1/reports/draft/template/versions");
        versions.Select(v => (v.Version, v.InUse)).Should().Equal((2, true), (1, false));
        DocumentText(await officer.GetByteArrayAsync("/api/v1/reports/draft/template", TestContext.Current.CancellationToken)).Should().Contain("MẪU SỞ 2");
        (await PutAsync(officer, TemplateSaying("MẪU SỞ 3"), v1.ETag)).StatusCode.Should().Be(HttpStatusCode.PreconditionFailed, "version 1 is no longer in use");
    }

    [Fact]
    public async Task A_file_that_is_not_a_word_document_is_a_400_naming_the_file_and_stores_nothing()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var before = await officer.GetJsonAsync<List<ReportTemplateVersionDto>>("/api/v1/reports/draft/template/versions");
        foreach (var (content, name) in new[] { ("không phải docx"u8.ToArray(), "mau.docx"), (TemplateSaying("X"), "mau.pdf") })
        {
            var problem = await (await PutAsync(officer, content, "\"0\"", name)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
            problem.GetProperty("errors").TryGetProperty("file", out _).Should().BeTrue(problem.ToString());
        }
        (await officer.GetJsonAsync<List<ReportTemplateVersionDto>>("/api/v1/reports/draft/template/versions")).Should().HaveCount(before.Count);
    }

    [Fact]
    public async Task The_refusal_is_written_in_the_language_of_the_request()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        officer.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var problem = await (await PutAsync(officer, "không phải docx"u8.ToArray(), "\"0\"")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        problem.GetProperty("errors").GetProperty("file")[0].GetString().Should().Be("The file is not a readable Word document (.docx).");

        officer.DefaultRequestHeaders.AcceptLanguage.Clear();
        problem = await (await PutAsync(officer, "không phải docx"u8.ToArray(), "\"0\"")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        problem.GetProperty("errors").GetProperty("file")[0].GetString().Should().Be("Tệp không phải văn bản Word (.docx) đọc được.");
    }

    [Fact]
    public async Task Only_publishers_replace_the_template()
    {
        var viewer = await factory.CreateClientAsAsync("viewer@investaid.local");
        (await PutAsync(viewer, TemplateSaying("X"), "\"0\"")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }
}
