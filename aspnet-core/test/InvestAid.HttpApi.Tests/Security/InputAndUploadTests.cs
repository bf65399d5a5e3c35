using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AwesomeAssertions;
using InvestAid.Dossiers;
using InvestAid.Errors;
using InvestAid.Finance;
using InvestAid.HttpApi.Dossiers;
using InvestAid.HttpApi.Finance;
using InvestAid.TestBase;
using static InvestAid.HttpApi.Dossiers.DossierApi;

namespace InvestAid.HttpApi.Security;

/// <summary>Inputs and uploads that cannot mislead (docs/security.md, section 4): each refused with a 400 naming the field, or a 415.</summary>
public sealed class InputAndUploadTests(ProcedureApiFactory factory)
{
    private static readonly byte[] Pdf = TestDocuments.Pdf();
    private const string Png1Px = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    [Theory]
    [InlineData("USD", 25_000, 123, "rateToUsd")]
    [InlineData("VND", 2, 0.00004, "rateToVnd")]
    [InlineData("EUR", 27_000, -1, "rateToUsd")]
    [InlineData("EUR", 27, 1.08, "rateToVnd")]
    public async Task Rates_that_disagree_with_the_currency_are_a_400_naming_the_rate_and_write_nothing(string currency, double toVnd, double toUsd, string field)
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var project = await FinanceData.OdaAsync(officer);
        var response = await officer.PostJsonAsync($"/api/v1/projects/{project.Id}/disbursements",
            new DisbursementInput(new DateOnly(2025, 2, 10), 10m, currency, DisbursementSource.Oda, null, (decimal)toVnd, (decimal)toUsd));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        problem.GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue(problem.ToString());
        (await officer.GetJsonAsync<List<DisbursementDto>>($"/api/v1/projects/{project.Id}/disbursements")).Should().BeEmpty();
    }

    [Fact]
    public async Task An_integer_for_an_enum_and_a_number_beyond_the_decimal_range_are_400s_naming_the_field()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var project = await FinanceData.OdaAsync(officer);
        var enumAsNumber = await officer.PostAsync($"/api/v1/projects/{project.Id}/disbursements", new StringContent(
            """{"date":"2025-02-10","amount":10,"currency":"USD","source":0,"rateToVnd":25000,"rateToUsd":1}""", Encoding.UTF8, "application/json"), Ct);
        (await enumAsNumber.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.MalformedRequest)).GetProperty("errors")
            .TryGetProperty("source", out _).Should().BeTrue();

        var ngo = await officer.CreateProjectAsync(ProjectRequests.Ngo("Viện trợ số lớn " + ProjectRequests.UniqueWord()));
        var dossier = await officer.StartDossierOkAsync(ngo.Id, "ngo-aid-approval", new DateOnly(2025, 6, 2));
        var task = await officer.OpenTaskAsync(dossier.Id, "check");
        var huge = await officer.PostAsync($"/api/v1/tasks/{task.Id}/complete", new StringContent(
            """{"outcome":"complete","comment":"ok","variables":{"amount":1e400}}""", Encoding.UTF8, "application/json"), Ct);
        (await huge.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed)).GetProperty("errors")
            .TryGetProperty("variables.amount", out _).Should().BeTrue();
        (await officer.OpenTaskAsync(dossier.Id, "check")).Id.Should().Be(task.Id, "the task is still open");
    }

    [Theory]
    [InlineData("/api/v1/projects?kind=1", "kind")]
    [InlineData("/api/v1/projects?status=99", "status")]
    [InlineData("/api/v1/projects?Kind=Fdi,%202", "kind")]
    [InlineData("/api/v1/proposals?status=0", "status")]
    [InlineData("/api/v1/enterprise-reports/missing?year=2025&kind=1", "kind")]
    [InlineData("/api/v1/admin/mail?status=1", "status")]
    public async Task An_integer_for_an_enum_in_the_query_string_is_a_400_naming_the_parameter(string url, string field)
    {
        var admin = await factory.CreateClientAsAsync("admin@investaid.local");

        var response = await admin.GetAsync(url, Ct);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.MalformedRequest)).GetProperty("errors")
            .TryGetProperty(field, out _).Should().BeTrue();
    }

    [Fact]
    public async Task An_enum_in_the_query_string_by_name_is_read()
    {
        var admin = await factory.CreateClientAsAsync("admin@investaid.local");
        (await admin.GetAsync("/api/v1/projects?kind=Fdi&status=Active", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await admin.GetAsync("/api/v1/proposals?status=Pending", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    public async Task A_body_of_the_wrong_content_type_is_a_415_problem(string contentType)
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var response = await officer.PostAsync("/api/v1/projects", new StringContent("{}", Encoding.UTF8, contentType), Ct);
        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType, ErrorCodes.UnsupportedMediaType);
        (await officer.PostAsync("/api/v1/no-such-thing", new StringContent("{}", Encoding.UTF8, contentType), Ct)).StatusCode
            .Should().Be(HttpStatusCode.NotFound, "an address that does not exist is still a 404");
    }

    public static TheoryData<string, byte[]> RefusedUploads() => new()
    {
        { "pdf-then-exe.pdf", [.. Encoding.Latin1.GetBytes("%PDF-1.7\n"), .. Encoding.Latin1.GetBytes("MZ\u0090\0\u0003\0\0\0This program cannot be run in DOS mode.\r\n$\0\0PE\0\0L\u0001")] },
        { "javascript.pdf", Encoding.Latin1.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n") },
        { "hidden-javascript.pdf", HiddenJavaScriptPdf() },
        // Objects and a trailer, but no catalog and no page: nothing a reader can open.
        { "no-catalog.pdf", Encoding.Latin1.GetBytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n") },
        { "valid-pdf-then-exe.pdf", [.. TestDocuments.Pdf(), .. Encoding.Latin1.GetBytes("MZ\u0090\0\u0003\0\0\0This program cannot be run in DOS mode.\r\n$\0\0PE\0\0L\u0001")] },
        { "truncated.png", Convert.FromBase64String(Png1Px)[..40] },
        // Whole chunks with right checksums, but pixel data that does not inflate, and a header claiming 50,000 × 50,000 pixels.
        { "undecodable-pixels.png", Png(1, 1, "not zlib data at all"u8.ToArray()) },
        { "too-many-pixels.png", Png(50_000, 50_000, Convert.FromBase64String(Png1Px)[41..54]) },
        { "fake.jpg", [0xFF, 0xD8, 0xFF, 0xE0, .. Encoding.ASCII.GetBytes("not really a jpeg")] },
        { "macros.docx", Package(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>"), ("word/vbaProject.bin", "macro")) },
        { "broken.docx", Package(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "not xml")) },
    };

    [Theory]
    [MemberData(nameof(RefusedUploads))]
    public async Task A_document_that_does_not_parse_as_its_type_or_carries_active_content_is_a_400_and_kept_nowhere(string name, byte[] content)
    {
        var (officer, dossier) = await DossierAsync();
        var response = await UploadAsync(officer, dossier, content, name);
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        problem.GetProperty("errors").TryGetProperty("file", out _).Should().BeTrue(problem.ToString());
        (await officer.DossierAsync(dossier)).Documents.Should().BeEmpty();
    }

    [Fact]
    public async Task Good_documents_are_kept_under_a_normalised_name_without_bidi_or_control_characters()
    {
        var (officer, dossier) = await DossierAsync();
        (await UploadAsync(officer, dossier, Convert.FromBase64String(Png1Px), "anh.png")).StatusCode.Should().Be(HttpStatusCode.Created);
        var response = await UploadAsync(officer, dossier, Pdf, "Ho\u0302\u0300 so\u031B \u202Eevil\u0007fdp.exe.pdf" + new string('x', 400) + ".pdf");
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        var names = (await officer.DossierAsync(dossier)).Documents.Select(d => d.FileName).ToList();

        var name = names.Single(n => n.StartsWith("Hồ", StringComparison.Ordinal));
        name.Should().StartWith("Hồ sơ evilfdp.exe.pdf", "NFC, without U+202E or BEL").And.NotContain("\u202E").And.NotContain("\u0007");
        name.Length.Should().BeLessThanOrEqualTo(DossierConsts.MaxFileNameLength);
    }

    [Fact]
    public async Task A_sheet_declaring_more_rows_than_the_limit_is_refused_before_its_cells_are_read()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var sheet = """<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:A1048576"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Loại dự án</t></is></c></row><row r="1048576"><c r="A1048576"><v>1</v></c></row></sheetData></worksheet>""";
        var xlsx = Package(
            ("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"""),
            ("xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Dự án" sheetId="1"/></sheets></workbook>"""),
            ("xl/worksheets/sheet1.xml", sheet));
        var form = new MultipartFormDataContent { { new ByteArrayContent(xlsx), "file", "du-an.xlsx" } };

        var response = await officer.PostAsync("/api/v1/projects/import", form, Ct);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(Ct)).Should().MatchRegex("200[.,]000");
    }

    private async Task<(HttpClient Officer, Guid Dossier)> DossierAsync()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var project = await officer.CreateProjectAsync(ProjectRequests.Ngo("Viện trợ tài liệu " + ProjectRequests.UniqueWord()));
        var dossier = await officer.StartDossierOkAsync(project.Id, "ngo-aid-approval", new DateOnly(2025, 6, 2));
        return (officer, dossier.Id);
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid dossier, byte[] content, string name)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var form = new MultipartFormDataContent { { file, "file", name } };
        return client.PostAsync($"/api/v1/dossiers/{dossier}/documents", form, Ct);
    }

    /// <summary>A PNG of the given header and pixel data (IDAT), every chunk with its right CRC.</summary>
    private static byte[] Png(uint width, uint height, byte[] idat)
    {
        var header = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(header, width);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 6; // RGBA
        return [.. Convert.FromBase64String(Png1Px)[..8], .. Chunk("IHDR", header), .. Chunk("IDAT", idat), .. Chunk("IEND", [])];
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        byte[] typed = [.. Encoding.ASCII.GetBytes(type), .. data];
        var chunk = new byte[12 + data.Length];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)data.Length);
        typed.CopyTo(chunk, 4);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(typed));
        return chunk;
    }

    private static uint Crc32(byte[] bytes)
    {
        var c = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            c ^= b;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }
        }
        return c ^ 0xFFFFFFFFu;
    }

    private static byte[] HiddenJavaScriptPdf()
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(Encoding.Latin1.GetBytes("<< /S /JavaScript /JS (app.alert(1)) >>"));
        }
        return [.. Encoding.Latin1.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /ObjStm /Filter /FlateDecode >>\nstream\n"), .. compressed.ToArray(),
            .. Encoding.Latin1.GetBytes("\nendstream\nendobj\ntrailer\n<<>>\n%%EOF\n")];
    }

    private static byte[] Package(params (string Name, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }
        return buffer.ToArray();
    }
}
