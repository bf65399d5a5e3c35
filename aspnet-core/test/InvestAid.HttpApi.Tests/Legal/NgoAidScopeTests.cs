using System.Net;
using System.Text.Json;
using AwesomeAssertions;
using InvestAid.Finance;
using InvestAid.HttpApi.Dossiers;
using InvestAid.Projects;
using InvestAid.TestBase;
using static InvestAid.HttpApi.Dossiers.DossierApi;

namespace InvestAid.HttpApi.Legal;

/// <summary>Decree 313/2025/ND-CP at the receipt of an NGO aid dossier: its scope exclusions are refused naming the field; the dedicated aid account is recorded on the aid.</summary>
public sealed class NgoAidScopeTests(ProcedureApiFactory factory)
{
    private const string Key = "ngo-aid-approval";

    public static TheoryData<string, string> Exclusions() => new()
    {
        { """{"underTreatyOrOda":true}""", "variables.scope.underTreatyOrOda" },
        { """{"gift":true}""", "variables.scope.gift" },
        { """{"profitSharingSponsorship":true}""", "variables.scope.profitSharingSponsorship" },
        { """{"individualResearch":true}""", "variables.scope.individualResearch" },
        { """{"emergencyRelief":true,"reliefWithinMonths":3}""", "variables.scope.emergencyRelief" },
        { """{"emergencyRelief":true}""", "variables.scope.reliefWithinMonths" },
    };

    [Theory]
    [MemberData(nameof(Exclusions))]
    public async Task An_excluded_aid_is_refused_at_receipt_naming_the_field_and_nothing_is_saved(string scope, string field)
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var project = await officer.CreateProjectAsync(ProjectRequests.Ngo("Viện trợ " + ProjectRequests.UniqueWord()));

        var response = await officer.StartDossierAsync(project.Id, Key, new DateOnly(2026, 6, 1),
            new { scope = JsonDocument.Parse(scope).RootElement });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadAsStringAsync(Ct);
        body.Should().Contain($"\"{field}\"").And.Contain("313/2025");
        (await officer.GetJsonAsync<List<InvestAid.Dossiers.DossierDto>>($"/api/v1/projects/{project.Id}/dossiers")).Should().BeEmpty();
    }

    [Fact]
    public async Task An_English_request_gets_the_exclusion_in_English()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var project = await officer.CreateProjectAsync(ProjectRequests.Ngo("Viện trợ " + ProjectRequests.UniqueWord()));
        officer.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var gift = await officer.StartDossierAsync(project.Id, Key, new DateOnly(2026, 6, 1), new { scope = new { gift = true } });
        var relief = await officer.StartDossierAsync(project.Id, Key, new DateOnly(2026, 6, 1), new { scope = new { emergencyRelief = true, reliefWithinMonths = 2 } });

        var giftBody = await gift.Content.ReadAsStringAsync(Ct);
        giftBody.Should().Contain("A gift is not aid.").And.Contain("Decree 313/2025/ND-CP").And.NotContain("Quà tặng");
        (await relief.Content.ReadAsStringAsync(Ct)).Should().Contain("within 3 months is outside Decree 313/2025/ND-CP");
    }

    [Fact]
    public async Task Under_Decree_80_the_exclusions_are_not_checked_and_relief_over_three_months_is_in_scope()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var project = await officer.CreateProjectAsync(ProjectRequests.Ngo("Viện trợ " + ProjectRequests.UniqueWord()));
        var old = await officer.StartDossierOkAsync(project.Id, Key, new DateOnly(2025, 12, 7), new { scope = new { gift = true } });
        old.LegalBasis.Should().Contain("80/2020");
        var relief = await officer.StartDossierOkAsync(project.Id, Key, new DateOnly(2025, 12, 8),
            new { scope = new { emergencyRelief = true, reliefWithinMonths = 8 } });
        relief.LegalBasis.Should().Contain("313/2025");
    }

    [Fact]
    public async Task The_dedicated_aid_account_is_recorded_on_the_aid_at_receipt_and_shows_its_receipts()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var project = await officer.CreateProjectAsync(ProjectRequests.Ngo("Viện trợ " + ProjectRequests.UniqueWord()));
        (await officer.GetAsync($"/api/v1/projects/{project.Id}/aid-account", Ct)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        var bad = await officer.StartDossierAsync(project.Id, Key, new DateOnly(2026, 6, 1), new { aidAccount = new { accountNumber = "", bankName = "Kho bạc Nhà nước tỉnh" } });
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync(Ct)).Should().Contain("\"variables.aidAccount.accountNumber\"");

        await officer.StartDossierOkAsync(project.Id, Key, new DateOnly(2026, 6, 1),
            new { aidAccount = new { accountNumber = "3761.0.1234567", bankName = "Kho bạc Nhà nước tỉnh", accountHolder = "Bệnh viện Đa khoa tỉnh" } });
        var account = await officer.GetJsonAsync<AidAccountDto>($"/api/v1/projects/{project.Id}/aid-account");
        account.AccountNumber.Should().Be("3761.0.1234567");
        account.BankName.Should().Be("Kho bạc Nhà nước tỉnh");
        account.ReceiptCount.Should().Be(0);

        var changed = await officer.PutJsonAsync($"/api/v1/projects/{project.Id}/aid-account", new SaveAidAccountRequest("3761.0.7654321", "Kho bạc Nhà nước tỉnh", null), null);
        changed.StatusCode.Should().Be(HttpStatusCode.OK, await changed.Content.ReadAsStringAsync(Ct));
        (await changed.ReadAsync<AidAccountDto>()).AccountNumber.Should().Be("3761.0.7654321");

        var fdi = await officer.CreateProjectAsync(ProjectRequests.Fdi("Nhà máy " + ProjectRequests.UniqueWord()));
        var refused = await officer.PutJsonAsync($"/api/v1/projects/{fdi.Id}/aid-account", new SaveAidAccountRequest("1", "Ngân hàng A", null), null);
        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var viewer = await factory.CreateClientAsAsync("viewer@investaid.local");
        (await viewer.PutJsonAsync($"/api/v1/projects/{project.Id}/aid-account", new SaveAidAccountRequest("1", "Ngân hàng A", null), null))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }
}
