using System.Net;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using AwesomeAssertions;
using InvestAid.EntityFrameworkCore;
using InvestAid.Errors;
using InvestAid.Finance;
using InvestAid.Projects;
using InvestAid.Reports;
using InvestAid.TestBase;
using InvestAid.TestBase.Reports;
using Microsoft.Extensions.DependencyInjection;

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

    private static Project Oda(string code, ProjectKind kind = ProjectKind.Oda, string donor = "WB") => Active(new Project(code, kind, new ProjectProfile
    {
        NameVi = "Dự án cấp nước sạch nông thôn " + code,
        NameEn = "Rural water supply project " + code,
        DonorCode = donor,
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

    private async Task AddAsync(params object[] records)
    {
        await using var scope = factory.Database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InvestAidDbContext>();
        db.AddRange(records);
        await db.SaveChangesAsync();
    }

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
        var project = Oda("ODA-2024-0001");
        await ReportData.SaveAsync(factory.Database, [project, Oda("VAY-2024-0001", ProjectKind.ConcessionalLoan), Ngo("NGO-2025-0001")]);
        await AddAsync(new Disbursement(project.Id, new DateOnly(2025, 3, 12), new Money(1_250_000.5m, "EUR", 27_000m, 1.08m, new DateOnly(2025, 3, 10)),
            DisbursementSource.Oda, "GN-01/2025", Now, "test"));

        var document = await ExportAsync("oda", 2025);

        ValidateAgainstSchema(document);
        var root = document.Root!;
        root.Attribute("version")!.Value.Should().Be("2.03");
        DateTimeOffset.Parse(root.Attribute("generated-datetime")!.Value).Should().BeAfter(DateTimeOffset.UtcNow.AddMinutes(-5));
        var activities = root.Elements("iati-activity").ToList();
        activities.Select(a => a.Element("iati-identifier")!.Value).Should().Equal($"{ReportConsts.IatiReportingOrgRef}-ODA-2024-0001", $"{ReportConsts.IatiReportingOrgRef}-VAY-2024-0001");
        var oda = activities[0];
        oda.Element("reporting-org")!.Attribute("type")!.Value.Should().Be("10");
        oda.Element("title")!.Elements("narrative").Select(n => n.Attribute(XmlNs + "lang")?.Value).Should().Equal([null, "en"],
            "Vietnamese is the activity's default language; the English title is labelled");
        oda.Element("description")!.Attribute("type")!.Value.Should().Be("2", "the description is the project's objectives");
        oda.Element("description")!.Elements("narrative").Select(n => n.Value).Should().Equal("Cấp nước sạch cho 50.000 hộ dân.");
        oda.Elements("participating-org").Select(o => o.Attribute("role")!.Value).Should().Equal("1", "2", "4");
        oda.Elements("participating-org").First().Attribute("type")!.Value.Should().Be("40", "the World Bank is multilateral");
        oda.Elements("participating-org").First().Attribute("ref")!.Value.Should().Be("44000", "the World Bank's IATI organisation identifier");
        oda.Elements("participating-org").First().Elements("narrative").Select(n => (n.Attribute(XmlNs + "lang")?.Value, n.Value))
            .Should().Equal((null, "Ngân hàng Thế giới"), ("en", "World Bank"));
        CheckIatiRules(document, new DateOnly(2026, 12, 31));
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
        oda.Elements("transaction").Select(t => t.Element("transaction-type")!.Attribute("code")!.Value).Should().Equal("2", "3");
        var disbursement = oda.Elements("transaction").Last();
        disbursement.Element("transaction-date")!.Attribute("iso-date")!.Value.Should().Be("2025-03-12");
        disbursement.Element("value")!.Attribute("currency")!.Value.Should().Be("EUR", "a transaction keeps its original currency");
        disbursement.Element("value")!.Attribute("value-date")!.Value.Should().Be("2025-03-10", "the value date is the day of the rate used");
        disbursement.Element("value")!.Value.Should().Be("1250000.50");
        disbursement.Element("description")!.Element("narrative")!.Value.Should().Be("Giải ngân vốn ODA (GN-01/2025)");
        activities[1].Elements("transaction").Should().ContainSingle("the loan has no disbursement");
        var commitment = oda.Elements("transaction").First();
        commitment.Element("transaction-type")!.Attribute("code")!.Value.Should().Be("2");
        commitment.Element("transaction-date")!.Attribute("iso-date")!.Value.Should().Be("2024-06-20");
        commitment.Element("value")!.Attribute("currency")!.Value.Should().Be("USD");
        commitment.Element("value")!.Value.Should().Be("48000000.01");
    }

    [Fact]
    public async Task Ngo_export_is_valid_iati_203()
    {
        await ReportData.ClearAsync(factory.Database);
        var ngo = Ngo("NGO-2025-0002");
        await ReportData.SaveAsync(factory.Database, [Oda("ODA-2024-0002"), ngo]);
        await AddAsync(new AidReceipt(ngo.Id, new DateOnly(2025, 6, 2), new Money(100_000m, "USD", 25_500m, 1m, new DateOnly(2025, 6, 2)), "TN-01", Now, "test"));

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
        var receipt = activity.Elements("transaction").Single(t => t.Element("transaction-type")!.Attribute("code")!.Value == "1");
        receipt.Element("transaction-date")!.Attribute("iso-date")!.Value.Should().Be("2025-06-02");
        receipt.Element("value")!.Attribute("value-date")!.Value.Should().Be("2025-06-02");
        receipt.Element("value")!.Value.Should().Be("100000.00");
        receipt.Element("provider-org")!.Attribute("type")!.Value.Should().Be("21");
        receipt.Element("provider-org")!.Element("narrative")!.Value.Should().NotBeNullOrEmpty();
        CheckIatiRules(document, new DateOnly(2026, 12, 31));
        var client = await factory.CreateClientAsAsync("viewer@investaid.local");
        await (await client.GetAsync("/api/v1/export/iati?kind=ngo&year=2023")).ShouldBeProblemAsync(HttpStatusCode.NotFound, ErrorCodes.NotFound);
    }

    [Fact]
    public async Task Activity_status_follows_what_happened_and_donor_names_carry_their_own_language()
    {
        await ReportData.ClearAsync(factory.Database);
        // Approved, not marked active, but money received: implementation, not pipeline.
        var received = new Project("NGO-2025-0101", ProjectKind.NgoAid, new ProjectProfile
        {
            NameVi = "Nước sạch trường học", DonorCode = "PLAN", DacCode = "14030",
            Ngo = new NgoDetails(AidType.Project, 90_000m, "USD", 1m, "SGDDT", "14030", "77/QĐ-UBND", new DateOnly(2025, 2, 3)),
        }, Now);
        received.Submit(new DateOnly(2025, 1, 6), Now);
        received.StartReview(new DateOnly(2025, 1, 7), Now);
        received.Approve(new DateOnly(2025, 2, 3), Now);
        var waiting = new Project("NGO-2025-0102", ProjectKind.NgoAid, new ProjectProfile
        {
            NameVi = "Học bổng", DonorCode = "AFD", DacCode = "11320",
            Ngo = new NgoDetails(AidType.Project, 20_000m, "USD", 1m, "SGDDT", "11320", "78/QĐ-UBND", new DateOnly(2025, 2, 4)),
        }, Now);
        waiting.Submit(new DateOnly(2025, 1, 6), Now);
        waiting.StartReview(new DateOnly(2025, 1, 7), Now);
        waiting.Approve(new DateOnly(2025, 2, 4), Now);
        await ReportData.SaveAsync(factory.Database, [received, waiting]);
        await AddAsync(new AidReceipt(received.Id, new DateOnly(2025, 4, 1), new Money(30_000m, "USD", 25_000m, 1m, new DateOnly(2025, 3, 31)), "TN-1", Now, "test"));

        var document = await ExportAsync("ngo", 2025);

        ValidateAgainstSchema(document);
        CheckIatiRules(document, new DateOnly(2026, 12, 31));
        var activities = document.Root!.Elements("iati-activity").ToDictionary(a => a.Element("iati-identifier")!.Value);
        var first = activities[$"{ReportConsts.IatiReportingOrgRef}-NGO-2025-0101"];
        first.Element("activity-status")!.Attribute("code")!.Value.Should().Be("2", "money was received");
        first.Elements("participating-org").First().Attribute("ref")!.Value.Should().Be("GB-CHC-276035");
        var receipt = first.Elements("transaction").Single(t => t.Element("transaction-type")!.Attribute("code")!.Value == "1");
        receipt.Element("provider-org")!.Attribute("ref")!.Value.Should().Be("GB-CHC-276035");
        receipt.Element("value")!.Attribute("value-date")!.Value.Should().Be("2025-03-31", "the day of the rate that converted it");
        var second = activities[$"{ReportConsts.IatiReportingOrgRef}-NGO-2025-0102"];
        second.Element("activity-status")!.Attribute("code")!.Value.Should().Be("1", "approved, nothing started, nothing received");
        second.Elements("participating-org").First().Elements("narrative").Select(n => (n.Attribute(XmlNs + "lang")?.Value, n.Value))
            .Should().Equal((null, "Cơ quan Phát triển Pháp"), ("fr", "Agence Française de Développement"));
        second.Element("description")!.Attribute("type")!.Value.Should().Be("1");
        second.Element("description")!.Element("narrative")!.Value.Should().Be(
            "Khoản viện trợ phi chính phủ nước ngoài của Cơ quan Phát triển Pháp, phê duyệt theo Quyết định số 78/QĐ-UBND ngày 04/02/2025; "
            + "cơ quan tiếp nhận: Sở Giáo dục và Đào tạo tỉnh Hưng Yên.", "no objectives were recorded: the facts, not the title again");
    }

    [Theory]
    [InlineData("KOICA", "KR-GOV-051", "en", "Korea International Cooperation Agency")]
    [InlineData("KFW", "XM-DAC-5-2", "de", "KfW Entwicklungsbank")]
    [InlineData("GIZ", "XM-DAC-5-52", "de", "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH")]
    public async Task Korean_and_German_donors_export_with_their_iati_organisation_identifiers(string donor, string reference, string lang, string ownName)
    {
        await ReportData.ClearAsync(factory.Database);
        var project = Oda("ODA-2024-0" + donor, donor: donor);
        await ReportData.SaveAsync(factory.Database, [project]);

        var document = await ExportAsync("oda", 2024);

        ValidateAgainstSchema(document);
        CheckIatiRules(document, new DateOnly(2026, 12, 31));
        var funder = document.Descendants("participating-org").Single(o => o.Attribute("role")!.Value == "1");
        funder.Attribute("ref")!.Value.Should().Be(reference);
        funder.Elements("narrative").Last().Attribute(XmlNs + "lang")!.Value.Should().Be(lang);
        funder.Elements("narrative").Last().Value.Should().Be(ownName);
        document.Descendants("provider-org").Should().OnlyContain(o => o.Attribute("ref")!.Value == reference);
    }

    [Fact]
    public async Task Every_year_of_the_demo_province_exports_valid_iati_or_answers_404()
    {
        await ReportData.ClearAsync(factory.Database);
        await using (var scope = factory.Database.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<InvestAidDbContext>();
            db.Set<ExchangeRate>().RemoveRange(db.Set<ExchangeRate>());
            await db.SaveChangesAsync();
            await scope.ServiceProvider.GetRequiredService<InvestAid.Seeding.DemoDataSeeder>().SeedAsync();
        }
        var client = await factory.CreateClientAsAsync("viewer@investaid.local");
        var exported = 0;
        for (var year = 2015; year <= 2026; year++)
        {
            foreach (var kind in new[] { "oda", "ngo" })
            {
                var response = await client.GetAsync($"/api/v1/export/iati?kind={kind}&year={year}");
                if (response.StatusCode == HttpStatusCode.NotFound)
                {
                    continue;
                }
                response.StatusCode.Should().Be(HttpStatusCode.OK);
                var document = XDocument.Parse(await response.Content.ReadAsStringAsync());
                ValidateAgainstSchema(document);
                CheckIatiRules(document, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1));
                foreach (var t in document.Descendants("transaction").Where(t => t.Element("transaction-type")!.Attribute("code")!.Value == "3"))
                {
                    var date = DateOnly.Parse(t.Element("transaction-date")!.Attribute("iso-date")!.Value);
                    var valueDate = DateOnly.Parse(t.Element("value")!.Attribute("value-date")!.Value);
                    valueDate.Year.Should().Be(date.Year, "a disbursement is converted at a rate of its own year, not the agreement's");
                }
                foreach (var org in document.Descendants("participating-org").Where(o => o.Attribute("role")!.Value == "1"))
                {
                    var name = org.Elements("narrative").First().Value;
                    if (name is "Ngân hàng Thế giới" or "Ngân hàng Phát triển Châu Á" or "Cơ quan Hợp tác Quốc tế Nhật Bản" or "Cơ quan Phát triển Pháp"
                        or "Cơ quan Hợp tác Quốc tế Hàn Quốc" or "Ngân hàng Tái thiết Đức (KfW)" or "Tổ chức Hợp tác Quốc tế Đức")
                    {
                        org.Attribute("ref").Should().NotBeNull(name);
                    }
                }
                exported++;
            }
        }
        exported.Should().BeGreaterThan(10);
    }

    /// <summary>
    /// The IATI rules the schema cannot express: percentages of a vocabulary add up to 100, budget periods of at most a year that start
    /// before they end and do not overlap, actual dates and transactions not in the future, codes from the IATI code lists, one narrative per
    /// language in an element, organisation identifiers in the registry's shape.
    /// </summary>
    private static void CheckIatiRules(XDocument document, DateOnly notAfter)
    {
        string[] orgTypes = ["10", "11", "15", "21", "22", "23", "24", "30", "40", "60", "70", "71", "72", "73", "80", "90"];
        foreach (var activity in document.Root!.Elements("iati-activity"))
        {
            var id = activity.Element("iati-identifier")!.Value;
            var lang = activity.Attribute(XmlNs + "lang")!.Value;
            foreach (var vocabulary in activity.Elements("sector").GroupBy(s => s.Attribute("vocabulary")?.Value ?? "1"))
            {
                vocabulary.Sum(s => decimal.Parse(s.Attribute("percentage")!.Value, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(100m, id);
            }
            activity.Elements("recipient-country").Concat(activity.Elements("recipient-region"))
                .Sum(s => decimal.Parse(s.Attribute("percentage")?.Value ?? "100", System.Globalization.CultureInfo.InvariantCulture)).Should().Be(100m, id);
            var periods = activity.Elements("budget").Select(b => (
                Start: DateOnly.Parse(b.Element("period-start")!.Attribute("iso-date")!.Value),
                End: DateOnly.Parse(b.Element("period-end")!.Attribute("iso-date")!.Value))).OrderBy(p => p.Start).ToList();
            for (var i = 0; i < periods.Count; i++)
            {
                periods[i].Start.Should().BeOnOrBefore(periods[i].End, id);
                periods[i].End.Should().BeBefore(periods[i].Start.AddYears(1), id + ": a budget period is at most a year");
                if (i > 0)
                {
                    periods[i].Start.Should().BeAfter(periods[i - 1].End, id + ": budgets do not overlap");
                }
            }
            activity.Element("activity-status")!.Attribute("code")!.Value.Should().BeOneOf(["1", "2", "3", "4", "5", "6"], id);
            foreach (var date in activity.Elements("activity-date").Where(d => d.Attribute("type")!.Value is "2" or "4"))
            {
                DateOnly.Parse(date.Attribute("iso-date")!.Value).Should().BeOnOrBefore(notAfter, id + ": an actual date is not in the future");
            }
            var starts = activity.Elements("activity-date").Where(d => d.Attribute("type")!.Value is "1" or "2").Select(d => DateOnly.Parse(d.Attribute("iso-date")!.Value));
            var ends = activity.Elements("activity-date").Where(d => d.Attribute("type")!.Value is "3" or "4").Select(d => DateOnly.Parse(d.Attribute("iso-date")!.Value));
            foreach (var end in ends)
            {
                starts.Should().OnlyContain(start => start <= end, id + ": an activity ends after it starts");
            }
            foreach (var t in activity.Elements("transaction"))
            {
                t.Element("transaction-type")!.Attribute("code")!.Value.Should().BeOneOf(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13"], id);
                DateOnly.Parse(t.Element("transaction-date")!.Attribute("iso-date")!.Value).Should().BeOnOrBefore(notAfter, id + ": a transaction is not in the future");
                t.Element("value")!.Attribute("value-date").Should().NotBeNull(id);
                t.Element("value")!.Attribute("currency")!.Value.Should().MatchRegex("^[A-Z]{3}$");
            }
            foreach (var org in activity.Descendants().Where(e => e.Name.LocalName is "participating-org" or "provider-org" or "receiver-org" or "reporting-org"))
            {
                if (org.Attribute("type") is { } type)
                {
                    type.Value.Should().BeOneOf(orgTypes, id);
                }
                if (org.Attribute("ref") is { } reference)
                {
                    reference.Value.Should().MatchRegex(@"^([A-Z]{2}(-[A-Za-z0-9_.]+)+|[0-9]{5})$", id + ": an organisation identifier");
                }
            }
            foreach (var element in activity.Descendants().Where(e => e.Elements("narrative").Any()))
            {
                element.Elements("narrative").Select(n => n.Attribute(XmlNs + "lang")?.Value ?? lang).Should().OnlyHaveUniqueItems(id + ": one narrative per language");
            }
        }
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
