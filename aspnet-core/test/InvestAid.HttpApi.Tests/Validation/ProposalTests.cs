using System.Net;
using AwesomeAssertions;
using InvestAid.Audit;
using InvestAid.Common;
using InvestAid.Errors;
using InvestAid.Finance;
using InvestAid.HttpApi.Finance;
using InvestAid.HttpApi.Projects;
using InvestAid.Projects;
using InvestAid.Proposals;
using InvestAid.TestBase;
using InvestAid.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace InvestAid.HttpApi.Validation;

/// <summary>Outside edits are proposals: nothing counts until an officer accepts; accepted fields only; rejected with a comment; audited.</summary>
public sealed class ProposalTests(ApiFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpClient Officer, HttpClient Owner, ProjectDto Project)> OwnedOdaAsync()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var owner = await factory.CreateClientAsAsync("owner@investaid.local");
        var project = await FinanceData.OdaAsync(officer, await FinanceData.UserIdAsync(factory, "owner@investaid.local"));
        return (officer, owner, project);
    }

    [Fact]
    public async Task An_owners_edit_waits_as_a_proposal_and_only_the_accepted_fields_reach_the_record()
    {
        var (officer, owner, project) = await OwnedOdaAsync();
        var word = ProjectRequests.UniqueWord();
        var changes = ProjectRegistryTests.ToUpdate(project) with { NameVi = "Tên mới " + word, Objectives = "Mục tiêu mới " + word };

        var response = await owner.PostJsonAsync($"/api/v1/projects/{project.Id}/proposals/project-data",
            new ProjectDataProposalRequest(changes, "Điều chỉnh theo quyết định 12/QĐ-UBND", ["QD-12-UBND.pdf"]));
        response.StatusCode.Should().Be(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync(Ct));
        var proposal = await response.ReadAsync<ProposalDto>();
        proposal.Status.Should().Be(ProposalStatus.Pending);
        proposal.Attachments.Should().Equal("QD-12-UBND.pdf");
        proposal.Changes.Select(c => c.Field).Should().BeEquivalentTo(["nameVi", "objectives"]);
        var name = proposal.Changes.Single(c => c.Field == "nameVi");
        (name.OldValue, name.NewValue, name.LabelVi).Should().Be((project.NameVi, "Tên mới " + word, "Tên dự án (tiếng Việt)"));

        (await officer.GetJsonAsync<ProjectDto>($"/api/v1/projects/{project.Id}")).NameVi.Should().Be(project.NameVi, "a proposal changes nothing yet");
        (await officer.GetJsonAsync<PagedResult<ProjectListItemDto>>($"/api/v1/projects?q={word}")).TotalCount.Should().Be(0, "lists read accepted data only");
        var queue = await officer.GetJsonAsync<PagedResult<ProposalDto>>($"/api/v1/proposals?status=Pending&projectId={project.Id}");
        queue.Items.Should().ContainSingle().Which.Id.Should().Be(proposal.Id);
        (await owner.GetJsonAsync<PagedResult<ProposalDto>>($"/api/v1/proposals?projectId={project.Id}")).Items.Should().ContainSingle();

        (await owner.PostJsonAsync($"/api/v1/proposals/{proposal.Id}/accept", new AcceptProposalRequest())).StatusCode
            .Should().Be(HttpStatusCode.Forbidden, "an owner does not accept its own proposal");
        var accepted = await (await officer.PostJsonAsync($"/api/v1/proposals/{proposal.Id}/accept",
            new AcceptProposalRequest(["objectives"], "Tên dự án giữ theo giấy phép"))).ReadAsync<ProposalDto>();
        accepted.Status.Should().Be(ProposalStatus.PartiallyAccepted);
        accepted.Changes.Single(c => c.Field == "objectives").Accepted.Should().BeTrue();
        accepted.Changes.Single(c => c.Field == "nameVi").Accepted.Should().BeFalse();
        accepted.DecidedByName.Should().Be("Nguyễn Thị Hương", "people are shown by name, not by e-mail");
        accepted.ProposedByName.Should().Be("Ban QLDA Nông nghiệp tỉnh");

        var after = await officer.GetJsonAsync<ProjectDto>($"/api/v1/projects/{project.Id}");
        (after.NameVi, after.Objectives).Should().Be((project.NameVi, "Mục tiêu mới " + word));
        var history = await officer.GetJsonAsync<List<AuditEntryDto>>($"/api/v1/projects/{project.Id}/history");
        history.Select(h => h.Action).Should().Contain(["proposal-submitted", "proposal-accepted", AuditAction.Updated]);
        history.Single(h => h.Action == AuditAction.Updated).Summary.Should().Contain("Điều chỉnh theo quyết định 12/QĐ-UBND");

        await (await officer.PostJsonAsync($"/api/v1/proposals/{proposal.Id}/reject", new RejectProposalRequest("Muộn")))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, ErrorCodes.ProposalDecided);
    }

    [Fact]
    public async Task A_direct_edit_by_the_owner_becomes_a_proposal_and_a_rejection_needs_a_comment_and_changes_nothing()
    {
        var (officer, owner, project) = await OwnedOdaAsync();
        var edit = await owner.PutJsonAsync($"/api/v1/projects/{project.Id}", ProjectRegistryTests.ToUpdate(project) with { Address = "Số 1 đường Mới" },
            $"\"{project.Version}\"");
        edit.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var proposal = await edit.ReadAsync<ProposalDto>();

        var noComment = await officer.PostJsonAsync($"/api/v1/proposals/{proposal.Id}/reject", new RejectProposalRequest(" "));
        (await noComment.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed)).GetProperty("errors").TryGetProperty("comment", out _).Should().BeTrue();
        var rejected = await (await officer.PostJsonAsync($"/api/v1/proposals/{proposal.Id}/reject", new RejectProposalRequest("Địa chỉ không khớp giấy phép"))).ReadAsync<ProposalDto>();
        (rejected.Status, rejected.DecisionComment).Should().Be((ProposalStatus.Rejected, "Địa chỉ không khớp giấy phép"));
        (await officer.GetJsonAsync<ProjectDto>($"/api/v1/projects/{project.Id}")).Address.Should().Be(project.Address);
        await (await officer.PostJsonAsync($"/api/v1/proposals/{proposal.Id}/accept", new AcceptProposalRequest()))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, ErrorCodes.ProposalDecided);
    }

    [Fact]
    public async Task An_owners_disbursement_is_held_until_accepted_and_then_counts()
    {
        var (officer, owner, project) = await OwnedOdaAsync();
        await FinanceData.SeedUsdRatesAsync(officer);
        var input = new DisbursementInput(new DateOnly(2025, 3, 5), 120_000m, "USD", DisbursementSource.Oda, "GN-07/2025");

        var held = await owner.PostJsonAsync($"/api/v1/projects/{project.Id}/disbursements", input);
        held.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var proposal = await held.ReadAsync<ProposalDto>();
        (await officer.GetJsonAsync<List<DisbursementDto>>($"/api/v1/projects/{project.Id}/disbursements")).Should().BeEmpty();
        (await officer.GetJsonAsync<FinanceSummaryDto>($"/api/v1/projects/{project.Id}/finance?year=2025")).DisbursedVnd.Should().Be(0m);

        var partial = await officer.PostJsonAsync($"/api/v1/proposals/{proposal.Id}/accept", new AcceptProposalRequest(["amount"]));
        (await partial.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed)).GetProperty("errors").TryGetProperty("fields", out _).Should().BeTrue();
        (await officer.PostJsonAsync($"/api/v1/proposals/{proposal.Id}/accept", new AcceptProposalRequest())).EnsureSuccessStatusCode();
        var rows = await officer.GetJsonAsync<List<DisbursementDto>>($"/api/v1/projects/{project.Id}/disbursements");
        rows.Should().ContainSingle().Which.AmountVnd.Should().Be(3_000_000_000m);
    }

    [Fact]
    public async Task A_proposal_reads_in_the_readers_language_days_as_dd_MM_yyyy_money_with_its_currency_and_people_by_name()
    {
        var (officer, owner, project) = await OwnedOdaAsync();
        await FinanceData.SeedUsdRatesAsync(officer);
        var input = new DisbursementInput(new DateOnly(2025, 3, 5), 1_234_567.5m, "USD", DisbursementSource.Counterpart, "GN-09/2025");
        var proposal = await (await owner.PostJsonAsync($"/api/v1/projects/{project.Id}/disbursements", input)).ReadAsync<ProposalDto>();

        async Task<ProposalDto> ReadAsync(string language)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/proposals?projectId={project.Id}&status=Pending");
            request.Headers.AcceptLanguage.ParseAdd(language);
            var response = await officer.SendAsync(request, Ct);
            return (await response.ReadAsync<PagedResult<ProposalDto>>()).Items.Single(p => p.Id == proposal.Id);
        }
        string? Value(ProposalDto p, string field) => p.Changes.Single(c => c.Field == field).NewValue;

        var vi = await ReadAsync("vi-VN");
        (Value(vi, "date"), Value(vi, "amount"), Value(vi, "source")).Should().Be(("05/03/2025", "1.234.567,50 USD", "Vốn đối ứng"));
        vi.ProposedByName.Should().Be("Ban QLDA Nông nghiệp tỉnh", "the proposer by name, never the sign-in e-mail");
        var en = await ReadAsync("en");
        (Value(en, "date"), Value(en, "amount"), Value(en, "source")).Should().Be(("05/03/2025", "1,234,567.50 USD", "Counterpart funds"));
        en.ProposedByName.Should().NotContain("@");

        var projectData = await (await owner.PostJsonAsync($"/api/v1/projects/{project.Id}/proposals/project-data",
            new ProjectDataProposalRequest(ProjectRegistryTests.ToUpdate(project) with { PlannedEnd = new DateOnly(2037, 6, 30) }, "Gia hạn"))).ReadAsync<ProposalDto>();
        projectData.Changes.Single(c => c.Field == "plannedEnd").NewValue.Should().Be("30/06/2037");
    }

    [Fact]
    public async Task A_proposal_on_a_project_not_owned_is_403_and_bad_input_is_400_naming_the_field_and_nothing_is_saved()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var owner = await factory.CreateClientAsAsync("owner@investaid.local");
        await FinanceData.SeedUsdRatesAsync(officer);
        var other = await FinanceData.OdaAsync(officer);
        var mine = await FinanceData.OdaAsync(officer, await FinanceData.UserIdAsync(factory, "owner@investaid.local"));

        await (await owner.PostJsonAsync($"/api/v1/projects/{other.Id}/proposals/project-data",
                new ProjectDataProposalRequest(ProjectRegistryTests.ToUpdate(other) with { Address = "x" }, "Lý do")))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        var noReason = await owner.PostJsonAsync($"/api/v1/projects/{mine.Id}/proposals/project-data",
            new ProjectDataProposalRequest(ProjectRegistryTests.ToUpdate(mine) with { Address = "x" }, ""));
        (await noReason.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed)).GetProperty("errors").TryGetProperty("reason", out _).Should().BeTrue();
        var negative = await owner.PostJsonAsync($"/api/v1/projects/{mine.Id}/proposals/disbursement",
            new DisbursementProposalRequest(new DisbursementInput(new DateOnly(2025, 3, 5), -1m, "USD", DisbursementSource.Oda, null), "Lý do"));
        (await negative.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed)).GetProperty("errors").TryGetProperty("amount", out _).Should().BeTrue();
        var nothing = await owner.PostJsonAsync($"/api/v1/projects/{mine.Id}/proposals/project-data",
            new ProjectDataProposalRequest(ProjectRegistryTests.ToUpdate(mine), "Không đổi gì"));
        (await nothing.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed)).GetProperty("errors").TryGetProperty("changes", out _).Should().BeTrue();

        (await officer.GetJsonAsync<PagedResult<ProposalDto>>($"/api/v1/proposals?projectId={other.Id}")).TotalCount.Should().Be(0);
        (await officer.GetJsonAsync<PagedResult<ProposalDto>>($"/api/v1/proposals?projectId={mine.Id}")).TotalCount.Should().Be(0);
    }

    [Fact]
    public async Task A_proposal_moving_a_project_shows_the_communes_by_name_old_to_new_and_the_compare_view_the_sector_by_name()
    {
        var (officer, owner, project) = await OwnedOdaAsync();
        var placed = await (await officer.PutJsonAsync($"/api/v1/projects/{project.Id}",
            ProjectRegistryTests.ToUpdate(project) with { CommuneCode = "33001", SectorCode = "26", CommuneCodes = ["33001", "33003"] }, $"\"{project.Version}\"")).ReadAsync<ProjectDto>();
        var proposal = await (await owner.PostJsonAsync($"/api/v1/projects/{project.Id}/proposals/project-data",
            new ProjectDataProposalRequest(ProjectRegistryTests.ToUpdate(placed) with { CommuneCode = "33002", SectorCode = "28", CommuneCodes = ["33002"] }, "Chuyển địa điểm"))).ReadAsync<ProposalDto>();

        async Task<ProposalDto> ReadAsync(string language)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/proposals/{proposal.Id}");
            request.Headers.AcceptLanguage.ParseAdd(language);
            return await (await officer.SendAsync(request, Ct)).ReadAsync<ProposalDto>();
        }
        (string? Old, string? New) Change(ProposalDto p, string field) => p.Changes.Single(c => c.Field == field) is var c ? (c.OldValue, c.NewValue) : default;

        var vi = await ReadAsync("vi-VN");
        Change(vi, "communeCode").Should().Be(("Phường Phố Hiến", "Phường Sơn Nam"), "a commune reads by its name, never its code");
        Change(vi, "sectorCode").Should().Be(("Sản xuất sản phẩm điện tử, máy vi tính và sản phẩm quang học", "Sản xuất máy móc, thiết bị chưa được phân vào đâu"));
        Change(vi, "communeCodes").Should().Be(("Phường Phố Hiến; Phường Hồng Châu", "Phường Sơn Nam"));
        var en = await ReadAsync("en");
        Change(en, "communeCode").Should().Be(("Pho Hien Ward", "Son Nam Ward"), "in English where the list has an English name");
        // The list's page reads them the same way.
        (await officer.GetJsonAsync<PagedResult<ProposalDto>>($"/api/v1/proposals?projectId={project.Id}")).Items.Single(p => p.Id == proposal.Id)
            .Changes.Single(c => c.Field == "communeCode").NewValue.Should().Be("Phường Sơn Nam");

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var compare = await officer.GetJsonAsync<ProjectComparisonDto>($"/api/v1/projects/{project.Id}/compare?from=1990-01-01&to={today:yyyy-MM-dd}");
        compare.Fields.Single(f => f.Field == "sectorCode").To.Should().Be("Sản xuất sản phẩm điện tử, máy vi tính và sản phẩm quang học");
        compare.Fields.Single(f => f.Field == "communeCode").To.Should().Be("Phường Phố Hiến");
        compare.Fields.Single(f => f.Field == "donorCode").To.Should().Be("Ngân hàng Thế giới", "the donor by name too");
    }
}
