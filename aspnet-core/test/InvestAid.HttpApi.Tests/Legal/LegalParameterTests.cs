using System.Net;
using AwesomeAssertions;
using InvestAid.HttpApi.Dossiers;
using InvestAid.Legal;
using InvestAid.TestBase;
using Npgsql;
using static InvestAid.HttpApi.Dossiers.DossierApi;

namespace InvestAid.HttpApi.Legal;

/// <summary>
/// Legal parameters as effective-dated data: models read them at the receipt date; an edit reaches new dossiers only until an
/// administrator lists the affected running dossiers and applies it to them (their deadline moves, each change audited).
/// Dates in mid-2027 keep these versions away from the other tests' dossiers.
/// </summary>
public sealed class LegalParameterTests(ProcedureApiFactory factory)
{
    private static SaveLegalParameterVersionRequest Version(string value, LegalUnit unit, DateOnly from, Guid? replaces = null) =>
        new("Thời hạn cấp mới GCNĐKĐT (dự án không thuộc diện chấp thuận chủ trương)", "New IRC issuance period", value, unit, from,
            LegalSeed.Decree96, "39", null, LegalStatus.Confirmed, "Đã đối chiếu văn bản chính thức (kiểm thử).", replaces);

    [Fact]
    public async Task The_seeded_parameters_carry_value_citation_and_status()
    {
        var viewer = await factory.CreateClientAsAsync("viewer@investaid.local");
        var list = await viewer.GetJsonAsync<List<LegalParameterDto>>("/api/v1/legal/parameters?on=2025-10-01");
        var irc = list.Single(p => p.Name == "ircIssuePeriod");
        irc.InForce!.Value.Should().Be("10");
        irc.InForce.Unit.Should().Be(LegalUnit.CalendarDays);
        irc.InForce.ModelValue.Should().Be("P10D");
        irc.InForce.Citation.DocumentNumber.Should().Be("239/2025/NĐ-CP");
        irc.InForce.Citation.Article.Should().Be("1");
        irc.InForce.Status.Should().Be(LegalStatus.Confirmed);
        irc.Versions.Should().Contain(v => v.EffectiveFrom == new DateOnly(2026, 3, 31) && v.Status == LegalStatus.Unconfirmed && v.Value == "10");
        list.Single(p => p.Name == "pmuThresholdUsd").InForce!.Value.Should().Be("200000");
        list.Single(p => p.Name == "ngoAppraisalPeriod").InForce!.Citation.Clause.Should().Be("6");
    }

    [Fact]
    public async Task A_model_reads_the_parameter_in_force_on_the_receipt_date()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var project = await officer.CreateProjectAsync(ProjectRequests.Fdi("Nhà máy " + ProjectRequests.UniqueWord()));
        var dossier = await officer.StartDossierOkAsync(project.Id, "fdi-irc-adjust", new DateOnly(2026, 4, 6));
        await officer.StepAsync(dossier.Id, "check", "complete", variables: new { dossierCompleteOn = "2026-04-06" });

        var sla = (await officer.DossierAsync(dossier.Id)).Sla!;
        sla.Limit.Should().Be(10);
        sla.Unit.Should().Be("WorkingDays");
        sla.Parameter.Should().Be("ircAdjustPeriod");
        sla.DueDate.Should().Be(new DateOnly(2026, 4, 20), "10 working days from Mon 6 Apr 2026");
    }

    [Fact]
    public async Task An_edit_reaches_new_dossiers_only_until_it_is_applied_to_the_running_ones_explicitly()
    {
        var admin = await factory.CreateClientAsAsync("admin@investaid.local");
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var from = new DateOnly(2027, 6, 1);
        var first = await (await admin.PostJsonAsync("/api/v1/legal/parameters/ircIssuePeriod/versions", Version("10", LegalUnit.CalendarDays, from)))
            .ReadAsync<LegalParameterVersionDto>();

        var project = await officer.CreateProjectAsync(ProjectRequests.Fdi("Nhà máy " + ProjectRequests.UniqueWord()));
        var running = await officer.StartDossierOkAsync(project.Id, "fdi-irc-new", new DateOnly(2027, 6, 2));
        await officer.StepAsync(running.Id, "check", "complete", variables: new { dossierCompleteOn = "2027-06-02" });
        var dueBefore = (await officer.DossierAsync(running.Id)).Sla!;
        dueBefore.Limit.Should().Be(10);
        dueBefore.Unit.Should().Be("CalendarDays");

        // A lawyer reads the official text: 12 working days. An edit, not a release; the running dossier keeps its deadline.
        var edit = await admin.PostJsonAsync("/api/v1/legal/parameters/ircIssuePeriod/versions", Version("12", LegalUnit.WorkingDays, from, first.Id));
        edit.StatusCode.Should().Be(HttpStatusCode.Created, await edit.Content.ReadAsStringAsync(Ct));
        var corrected = await edit.ReadAsync<LegalParameterVersionDto>();
        corrected.ChangedBy.Should().Be("admin@investaid.local");
        (await officer.DossierAsync(running.Id)).Sla.Should().BeEquivalentTo(dueBefore);

        var fresh = await officer.StartDossierOkAsync(project.Id, "fdi-irc-new", new DateOnly(2027, 6, 2));
        await officer.StepAsync(fresh.Id, "check", "complete", variables: new { dossierCompleteOn = "2027-06-02" });
        var freshSla = (await officer.DossierAsync(fresh.Id)).Sla!;
        freshSla.Limit.Should().Be(12);
        freshSla.Unit.Should().Be("WorkingDays");

        // Editing the superseded version again is a conflict.
        var stale = await admin.PostJsonAsync("/api/v1/legal/parameters/ircIssuePeriod/versions", Version("11", LegalUnit.WorkingDays, from, first.Id));
        stale.StatusCode.Should().Be(HttpStatusCode.Conflict);

        // Listed first: the running dossier (not the fresh one), with its due date before and after.
        var affected = await admin.GetJsonAsync<List<AffectedDossierDto>>($"/api/v1/legal/parameters/ircIssuePeriod/versions/{corrected.Id}/affected");
        var row = affected.Should().ContainSingle(a => a.DossierId == running.Id).Subject;
        affected.Should().NotContain(a => a.DossierId == fresh.Id);
        row.RecordedValue.Should().Be("P10D");
        row.NewValue.Should().Be("P12WD");
        row.DueDateBefore.Should().Be(dueBefore.DueDate);
        row.DueDateAfter.Should().NotBe(dueBefore.DueDate);

        var officerApply = await officer.PostAsync($"/api/v1/legal/parameters/ircIssuePeriod/versions/{corrected.Id}/apply", null, Ct);
        officerApply.StatusCode.Should().Be(HttpStatusCode.Forbidden);

        var applied = await (await admin.PostAsync($"/api/v1/legal/parameters/ircIssuePeriod/versions/{corrected.Id}/apply", null, Ct))
            .ReadAsync<ApplyLegalParameterResult>();
        applied.Dossiers.Should().Contain(a => a.DossierId == running.Id);
        var moved = (await officer.DossierAsync(running.Id)).Sla!;
        moved.Limit.Should().Be(12);
        moved.Unit.Should().Be("WorkingDays");
        moved.DueDate.Should().Be(row.DueDateAfter);
        moved.DueDate.Should().Be(freshSla.DueDate);

        (await AuditCountAsync(running.Id, "legal.parameter.applied")).Should().Be(1);
        var again = await (await admin.PostAsync($"/api/v1/legal/parameters/ircIssuePeriod/versions/{corrected.Id}/apply", null, Ct))
            .ReadAsync<ApplyLegalParameterResult>();
        again.Dossiers.Should().NotContain(a => a.DossierId == running.Id, "applying twice changes nothing more");
        (await AuditCountAsync(running.Id, "legal.parameter.applied")).Should().Be(1);

        var history = await admin.GetJsonAsync<List<LegalParameterVersionDto>>("/api/v1/legal/parameters/ircIssuePeriod/history");
        history.Should().Contain(v => v.Id == first.Id && v.SupersededAt != null);
        history.Should().Contain(v => v.Id == corrected.Id && v.SupersededAt == null);
    }

    [Fact]
    public async Task A_deadline_in_a_year_without_a_holiday_notice_says_so()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var project = await officer.CreateProjectAsync(ProjectRequests.Fdi("Nhà máy " + ProjectRequests.UniqueWord()));
        var in2026 = await officer.StartDossierOkAsync(project.Id, "fdi-capital-contribution", new DateOnly(2026, 5, 4));
        await officer.StepAsync(in2026.Id, "check", "complete", variables: new { dossierCompleteOn = "2026-05-04" });
        (await officer.DossierAsync(in2026.Id)).Sla!.CalendarWarning.Should().BeNull("the 2026 notices are entered");

        var across = await officer.StartDossierOkAsync(project.Id, "fdi-capital-contribution", new DateOnly(2026, 12, 28));
        await officer.StepAsync(across.Id, "check", "complete", variables: new { dossierCompleteOn = "2026-12-28" });
        var sla = (await officer.DossierAsync(across.Id)).Sla!;
        sla.DueDate!.Value.Year.Should().Be(2027);
        sla.CalendarWarning.Should().Contain("2027").And.Contain("statutory days only");

        var years = await officer.GetJsonAsync<List<CalendarYearDto>>("/api/v1/calendar/years");
        years.Single(y => y.Year == 2026).NoticeMissing.Should().BeFalse();
        years.Single(y => y.Year == 2027).NoticeMissing.Should().BeTrue();
        years.Single(y => y.Year == 2027).Warning.Should().Contain("thông báo nghỉ lễ năm 2027 chưa được nhập");
    }

    [Fact]
    public async Task Bad_versions_are_refused_with_the_field_named_and_nothing_saved()
    {
        var admin = await factory.CreateClientAsAsync("admin@investaid.local");
        var cases = new (string Name, SaveLegalParameterVersionRequest Request, string Field)[]
        {
            ("ircIssuePeriod", Version("mười", LegalUnit.CalendarDays, new DateOnly(2027, 9, 1)), "value"),
            ("ircIssuePeriod", Version("10", LegalUnit.CalendarDays, new DateOnly(2027, 9, 1)) with { DocumentNumber = "999/2099/NĐ-CP" }, "documentNumber"),
            ("ircIssuePeriod", Version("10", LegalUnit.Usd, new DateOnly(2027, 9, 1)), "unit"),
            ("ircIssuePeriod", Version("10", LegalUnit.CalendarDays, new DateOnly(2026, 3, 31)), "effectiveFrom"),
            ("Bad-Name", Version("10", LegalUnit.CalendarDays, new DateOnly(2027, 9, 1)), "name"),
        };
        foreach (var (name, request, field) in cases)
        {
            var response = await admin.PostJsonAsync($"/api/v1/legal/parameters/{name}/versions", request);
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest, field);
            (await response.Content.ReadAsStringAsync(Ct)).Should().Contain($"\"{field}\"");
        }
        var history = await admin.GetJsonAsync<List<LegalParameterVersionDto>>("/api/v1/legal/parameters/ircIssuePeriod/history");
        history.Should().NotContain(v => v.EffectiveFrom == new DateOnly(2027, 9, 1));
        var viewer = await factory.CreateClientAsAsync("viewer@investaid.local");
        (await viewer.PostJsonAsync("/api/v1/legal/parameters/ircIssuePeriod/versions", Version("10", LegalUnit.CalendarDays, new DateOnly(2027, 9, 1))))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    private async Task<long> AuditCountAsync(Guid entityId, string action)
    {
        await using var conn = new NpgsqlConnection(factory.Database.ConnectionString);
        await conn.OpenAsync(Ct);
        await using var cmd = new NpgsqlCommand("SELECT count(*) FROM audit_entries WHERE entity_id = $1 AND action = $2", conn);
        cmd.Parameters.AddWithValue(entityId);
        cmd.Parameters.AddWithValue(action);
        return (long)(await cmd.ExecuteScalarAsync(Ct))!;
    }
}
