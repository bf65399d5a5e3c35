using System.Net;
using System.Net.Http.Json;
using AwesomeAssertions;
using InvestAid.TestBase;
using InvestAid.Workflows;
using static InvestAid.HttpApi.Workflows.WorkflowApi;

namespace InvestAid.HttpApi.Workflows;

public sealed class CalendarApiTests(ApiFactory factory)
{
    [Fact]
    public async Task Anyone_signed_in_sees_the_seeded_Tet_2025_break_with_its_reasons()
    {
        var viewer = await factory.CreateClientAsAsync("viewer@investaid.local");

        var days = (await viewer.GetFromJsonAsync<List<CalendarDayDto>>("/api/v1/calendar/working-days?from=2025-01-24&to=2025-02-03", Ct))!;

        days.Should().HaveCount(11);
        days.Single(d => d.Date == new DateOnly(2025, 1, 24)).IsWorkingDay.Should().BeTrue();
        days.Where(d => d.Date >= new DateOnly(2025, 1, 25) && d.Date <= new DateOnly(2025, 2, 2)).Should().OnlyContain(d => !d.IsWorkingDay && d.Reason != null);
        days.Single(d => d.Date == new DateOnly(2025, 2, 3)).IsWorkingDay.Should().BeTrue();
        await (await viewer.GetAsync("/api/v1/calendar/working-days?from=2025-02-03&to=2025-01-01", Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
    }

    [Fact]
    public async Task Only_an_administrator_keeps_the_adjustments()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var admin = await factory.CreateClientAsAsync("admin@investaid.local");
        var adjustment = new CalendarAdjustmentDto(new DateOnly(2031, 5, 3), "WorkingDay", "Make-up Saturday for 2 May", "Test/2031");

        (await officer.PostAsJsonAsync("/api/v1/calendar/adjustments", adjustment, Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await admin.PostAsJsonAsync("/api/v1/calendar/adjustments", adjustment, Ct)).EnsureSuccessStatusCode();

        (await admin.GetFromJsonAsync<List<CalendarAdjustmentDto>>("/api/v1/calendar/adjustments?year=2031", Ct)).Should().ContainSingle().Which.Should().Be(adjustment);
        (await admin.GetFromJsonAsync<List<CalendarAdjustmentDto>>("/api/v1/calendar/adjustments?year=2024", Ct)).Should().NotBeEmpty("the migrator seeds the official notices");
        var saturday = (await officer.GetFromJsonAsync<List<CalendarDayDto>>("/api/v1/calendar/working-days?from=2031-05-03&to=2031-05-03", Ct))!.Single();
        saturday.IsWorkingDay.Should().BeTrue();
        saturday.Notice.Should().Be("Test/2031");

        (await admin.DeleteAsync("/api/v1/calendar/adjustments/2031-05-03", Ct)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await (await admin.DeleteAsync("/api/v1/calendar/adjustments/2031-05-03", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "resource.not-found");
        (await officer.GetFromJsonAsync<List<CalendarDayDto>>("/api/v1/calendar/working-days?from=2031-05-03&to=2031-05-03", Ct))!.Single().IsWorkingDay.Should().BeFalse();
    }
}
