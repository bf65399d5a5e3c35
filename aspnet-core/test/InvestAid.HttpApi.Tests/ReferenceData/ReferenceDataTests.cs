using System.Net;
using AwesomeAssertions;
using InvestAid.Common;
using InvestAid.Errors;
using InvestAid.ReferenceData;
using InvestAid.TestBase;

namespace InvestAid.HttpApi.ReferenceData;

public sealed class ReferenceDataTests(ApiFactory factory)
{
    [Fact]
    public async Task Seeded_lists_are_readable_by_everyone_signed_in()
    {
        var viewer = await factory.CreateClientAsAsync("viewer@investaid.local");

        var countries = await viewer.GetJsonAsync<PagedResult<ReferenceItemDto>>("/api/v1/reference/Country?q=viet");
        var divisions = await viewer.GetJsonAsync<PagedResult<ReferenceItemDto>>("/api/v1/reference/VsicDivision?pageSize=500");
        var donors = await viewer.GetJsonAsync<PagedResult<ReferenceItemDto>>("/api/v1/reference/Donor?pageSize=500");

        countries.Items.Should().Contain(c => c.Code == "VN" && c.NameVi == "Việt Nam");
        divisions.TotalCount.Should().Be(88);
        donors.Items.Select(d => d.Code).Should().Contain(["WB", "ADB", "KEXIM", "JICA", "BIDMC", "DHF"]);
    }

    [Fact]
    public async Task The_planning_department_is_named_as_in_force_on_the_day()
    {
        var viewer = await factory.CreateClientAsAsync("viewer@investaid.local");

        var before = await viewer.GetJsonAsync<PagedResult<ReferenceItemDto>>("/api/v1/reference/Agency?on=2025-02-28&pageSize=500");
        var after = await viewer.GetJsonAsync<PagedResult<ReferenceItemDto>>("/api/v1/reference/Agency?on=2025-03-01&pageSize=500");

        before.Items.Should().Contain(a => a.Code == "SKHDT").And.NotContain(a => a.Code == "STC");
        after.Items.Should().Contain(a => a.Code == "STC").And.NotContain(a => a.Code == "SKHDT");
    }

    [Fact]
    public async Task Admins_add_and_edit_entries_others_may_not()
    {
        var admin = await factory.CreateClientAsAsync("admin@investaid.local");
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var code = "KCN-T" + Random.Shared.Next(1000, 9999);
        var input = new ReferenceItemInput(code, "KCN Thử nghiệm", "Test zone", null, null, null, null);

        (await officer.PostJsonAsync("/api/v1/reference/IndustrialZone", input)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var created = await (await admin.PostJsonAsync("/api/v1/reference/IndustrialZone", input)).ReadAsync<ReferenceItemDto>();
        await (await admin.PostJsonAsync("/api/v1/reference/IndustrialZone", input)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);

        var renamed = await admin.PutJsonAsync($"/api/v1/reference/IndustrialZone/{created.Id}", input with { NameVi = "KCN Thử nghiệm mở rộng" }, $"\"{created.Version}\"");
        (await renamed.ReadAsync<ReferenceItemDto>()).NameVi.Should().Be("KCN Thử nghiệm mở rộng");
        var stale = await admin.PutJsonAsync($"/api/v1/reference/IndustrialZone/{created.Id}", input, $"\"{created.Version}\"");
        await stale.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, ErrorCodes.PreconditionFailed);
    }

    [Fact]
    public async Task Bad_entries_are_400_naming_the_field()
    {
        var admin = await factory.CreateClientAsAsync("admin@investaid.local");

        var response = await admin.PostJsonAsync("/api/v1/reference/Country",
            new ReferenceItemInput("x y", "", null, null, null, new DateOnly(2025, 1, 2), new DateOnly(2025, 1, 1)));

        var errors = (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed)).GetProperty("errors");
        errors.TryGetProperty("code", out _).Should().BeTrue();
        errors.TryGetProperty("nameVi", out _).Should().BeTrue();
        errors.TryGetProperty("effectiveTo", out _).Should().BeTrue();
    }
}
