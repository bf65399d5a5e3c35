using System.Net;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using AwesomeAssertions;
using InvestAid.Errors;
using InvestAid.Projects;
using InvestAid.Reports;
using InvestAid.TestBase;
using InvestAid.TestBase.Reports;

namespace InvestAid.HttpApi.Reports;

/// <summary>The IATI 2.03 export, validated against the official schema and the IATI rules the schema cannot express.</summary>
public sealed class IatiExportTests(IsolatedApiFactory factory) : IClassFixture<IsolatedApiFactory>
{
    private static readonly DateTimeOffset Now = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly XNamespace XmlNs = XNamespace.Xml;

    private static Project Active(Project p)
    {
        var on = new DateOnly(2024, 1, 2);
        p.Submit(on, Now);
        p.StartReview(on, Now);
        p.Approve(on, Now);
        p.Activate(on, Now);
        return p;
    }

    private static Project Oda(string code, ProjectKind kind = ProjectKind.Oda) => Active(new Project(code, kind, new ProjectProfile
    {
        NameVi = "Dự án cấp nước sạch nông thôn " + code,
        NameEn = "Rural water supply project " + code,
        DonorCode = "WB",
        DacCode = "14030",
        OwnerName = "Ban QLDA Nông nghiệp tỉnh",
        Objectives = "Cấp nước sạch cho 50.000 hộ dân.",
        PlannedStart = new DateOnly(2024, 7, 1),
        PlannedEnd = new DateOnly(2027, 6, 30),
        Oda = new OdaDetails("Cr.7012-VN", new DateOnly(2024, 6, 20), "USD", 45_000_000m, 3_000_000.01m, 5_000_000m, 1m, 25_400m, new DateOnly(2024, 6, 20)),
    }, Now));

    private static Project Ngo(string code) => Active(new Project(code, ProjectKind.NgoAid, new ProjectProfile
    {
        NameVi = "Nâng cao năng lực cấp cứu " + code,
        DonorCode = "BIDMC",
        DacCode = "12191",
        Ngo = new NgoDetails(AidType.Project, 150_000m, "USD", 1m, "BVDKT", "Y tế", "123/QĐ-UBND", new DateOnly(2025, 5, 10)),
    }, Now));

    private async Task<XDocument> ExportAsync(string kind, int year)
    {
        var client = await factory.CreateClientAsAsync("viewer@investaid.local");
        var response = await client.GetAsync($"/api/v1/export/iati?kind={kind}&year={year}");
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        return XDocument.Parse(body);
    }

    private static void ValidateAgainstSchema(XDocument document)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Resources", "iati");
        var schemas = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        using (var reader = XmlReader.Create(Path.Combine(folder, "iati-activities-schema.xsd"),
                   new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = new XmlUrlResolver() }))
        {
            schemas.Add(null, reader);
        }
        schemas.Compile();
        var errors = new List<string>();
        document.Validate(schemas, (_, e) => errors.Add($"{e.Severity}: {e.Message}"));
        errors.Should().BeEmpty(document.ToString());
    }

    [Fact]
    public async Task Oda_export_is_valid_iati_203_with_budgets_commitments_and_orgs()
    {
        await ReportData.ClearAsync(factory.Database);
        await ReportData.SaveAsync(factory.Database, [Oda("ODA-2024-0001"), Oda("VAY-2024-0001", ProjectKind.ConcessionalLoan), Ngo("NGO-2025-0001")]);

        var document = await ExportAsync("oda", 2025);

        ValidateAgainstSchema(document);
        var root = document.Root!;
        root.Attribute("version")!.Value.Should().Be("2.03");
        DateTimeOffset.Parse(root.Attribute("generated-datetime")!.Value).Should().BeAfter(DateTimeOffset.UtcNow.AddMinutes(-5));
        var activities = root.Elements("iati-activity").ToList();
        activities.Select(a => a.Element("iati-identifier")!.Value).Should().Equal($"{ReportConsts.IatiReportingOrgRef}-ODA-2024-0001", $"{ReportConsts.IatiReportingOrgRef}-VAY-2024-0001");
        var oda = activities[0];
        oda.Element("reporting-org")!.Attribute("type")!.Value.Should().Be("10");
        oda.Element("title")!.Elements("narrative").Select(n => n.Attribute(XmlNs + "lang")!.Value).Should().Equal("vi", "en");
        oda.Elements("participating-org").Select(o => o.Attribute("role")!.Value).Should().Equal("1", "2", "4");
        oda.Elements("participating-org").First().Attribute("type")!.Value.Should().Be("40", "the World Bank is multilateral");
        oda.Element("activity-status")!.Attribute("code")!.Value.Should().Be("2");
        oda.Elements("activity-date").Select(d => d.Attribute("type")!.Value).Should().Equal("1", "3");
        oda.Element("recipient-country")!.Attribute("code")!.Value.Should().Be("VN");
        oda.Element("sector")!.Attribute("vocabulary")!.Value.Should().Be("1");
        oda.Element("sector")!.Attribute("code")!.Value.Should().Be("14030");

        // IATI rules beyond the schema: budget periods of at most a year, start before end, the parts add up to the foreign funds.
        var budgets = oda.Elements("budget").ToList();
        budgets.Should().HaveCount(4);
        foreach (var b in budgets)
        {
            b.Attribute("type")!.Value.Should().Be("1");
            b.Attribute("status")!.Value.Should().Be("2");
            var start = DateOnly.Parse(b.Element("period-start")!.Attribute("iso-date")!.Value);
            var end = DateOnly.Parse(b.Element("period-end")!.Attribute("iso-date")!.Value);
            start.Should().BeOnOrBefore(end);
            end.Should().BeBefore(start.AddYears(1));
        }
        budgets.Sum(b => decimal.Parse(b.Element("value")!.Value, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(48_000_000.01m);
        var commitment = oda.Elements("transaction").Single();
        commitment.Element("transaction-type")!.Attribute("code")!.Value.Should().Be("2");
        commitment.Element("transaction-date")!.Attribute("iso-date")!.Value.Should().Be("2024-06-20");
        commitment.Element("value")!.Attribute("currency")!.Value.Should().Be("USD");
        commitment.Element("value")!.Value.Should().Be("48000000.01");
    }

    [Fact]
    public async Task Ngo_export_is_valid_iati_203()
    {
        await ReportData.ClearAsync(factory.Database);
        await ReportData.SaveAsync(factory.Database, [Oda("ODA-2024-0002"), Ngo("NGO-2025-0002")]);

        var document = await ExportAsync("ngo", 2025);

        ValidateAgainstSchema(document);
        var activity = document.Root!.Elements("iati-activity").Single();
        activity.Element("iati-identifier")!.Value.Should().Be($"{ReportConsts.IatiReportingOrgRef}-NGO-2025-0002");
        activity.Elements("participating-org").First().Attribute("type")!.Value.Should().Be("21");
        activity.Elements("participating-org").Last().Element("narrative")!.Value.Should().Be("Bệnh viện Đa khoa tỉnh Hưng Yên");
        // No planned period: the year from the approval, cut at 31 December.
        activity.Elements("budget").Select(b => b.Element("period-start")!.Attribute("iso-date")!.Value).Should().Equal("2025-05-10", "2026-01-01");
        activity.Elements("budget").Sum(b => decimal.Parse(b.Element("value")!.Value, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(150_000m);
        activity.Element("transaction")!.Element("value")!.Value.Should().Be("150000.00");
        (await ExportAsync("ngo", 2023)).Root!.Elements("iati-activity").Should().BeEmpty("the aid was approved in 2025");
    }

    [Theory]
    [InlineData("kind=fdi&year=2025", "kind")]
    [InlineData("year=2025", "kind")]
    [InlineData("kind=oda&year=1850", "year")]
    [InlineData("kind=ngo", "year")]
    public async Task Bad_parameters_answer_400(string query, string field)
    {
        var client = await factory.CreateClientAsAsync("viewer@investaid.local");
        var problem = await (await client.GetAsync($"/api/v1/export/iati?{query}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        problem.GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue();
    }
}
