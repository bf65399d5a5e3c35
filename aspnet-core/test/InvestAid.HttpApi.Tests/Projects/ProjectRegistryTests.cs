using System.Net;
using System.Text;
using AwesomeAssertions;
using InvestAid.Common;
using InvestAid.Errors;
using InvestAid.Projects;
using InvestAid.TestBase;

namespace InvestAid.HttpApi.Projects;

public sealed class ProjectRegistryTests(ApiFactory factory)
{
    private const string Officer = "officer@investaid.local";

    [Fact]
    public async Task Registering_an_fdi_project_records_its_new_registration_and_activates_it()
    {
        var client = await factory.CreateClientAsAsync(Officer);
        var name = "Nhà máy điện tử " + ProjectRequests.UniqueWord();

        var response = await client.PostJsonAsync("/api/v1/projects", ProjectRequests.Fdi(name, 12_500_000m, new DateOnly(2024, 3, 15)));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        response.Headers.ETag.Should().NotBeNull();
        var project = await response.ReadAsync<ProjectDto>();
        project.Code.Should().MatchRegex(@"^FDI-2024-\d{4}$");
        project.Status.Should().Be(ProjectStatus.Active);
        project.RegisteredCapitalUsd.Should().Be(12_500_000m);
        project.RegisteredOn.Should().Be(new DateOnly(2024, 3, 15));
        project.CapitalEvents.Should().ContainSingle(e => e.Type == CapitalEventType.NewRegistration);
        response.Headers.Location!.ToString().Should().Be($"/api/v1/projects/{project.Id}");
    }

    [Fact]
    public async Task Each_kind_gets_its_own_code_series()
    {
        var client = await factory.CreateClientAsAsync(Officer);

        var oda = await (await client.PostJsonAsync("/api/v1/projects", ProjectRequests.Oda("Đê " + ProjectRequests.UniqueWord()))).ReadAsync<ProjectDto>();
        var ngo = await (await client.PostJsonAsync("/api/v1/projects", ProjectRequests.Ngo("Viện trợ " + ProjectRequests.UniqueWord()))).ReadAsync<ProjectDto>();

        oda.Code.Should().StartWith("ODA-2024-");
        oda.RegisteredCapitalUsd.Should().Be(50_000_000m);
        oda.Status.Should().Be(ProjectStatus.Draft);
        ngo.Code.Should().StartWith("NGO-2025-");
        ngo.RegisteredCapitalUsd.Should().Be(150_000m);
    }

    [Fact]
    public async Task An_invalid_transition_is_409_with_its_code_and_the_valid_path_works()
    {
        var client = await factory.CreateClientAsAsync(Officer);
        var project = await (await client.PostJsonAsync("/api/v1/projects", ProjectRequests.Oda("Trạm bơm " + ProjectRequests.UniqueWord()))).ReadAsync<ProjectDto>();

        var skip = await client.PostJsonAsync($"/api/v1/projects/{project.Id}/status", new ChangeProjectStatusRequest(ProjectAction.Approve, null));
        await skip.ShouldBeProblemAsync(HttpStatusCode.Conflict, ErrorCodes.ProjectInvalidTransition);

        foreach (var action in new[] { ProjectAction.Submit, ProjectAction.StartReview, ProjectAction.Approve, ProjectAction.Activate })
        {
            var moved = await client.PostJsonAsync($"/api/v1/projects/{project.Id}/status", new ChangeProjectStatusRequest(action, new DateOnly(2024, 8, 1)));
            moved.StatusCode.Should().Be(HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());
        }
        (await client.GetJsonAsync<ProjectDto>($"/api/v1/projects/{project.Id}")).Status.Should().Be(ProjectStatus.Active);
    }

    [Fact]
    public async Task A_stale_if_match_is_412_a_missing_one_428_and_nothing_changes()
    {
        var client = await factory.CreateClientAsAsync(Officer);
        var created = await (await client.PostJsonAsync("/api/v1/projects", ProjectRequests.Oda("Cảng cá " + ProjectRequests.UniqueWord()))).ReadAsync<ProjectDto>();
        var edit = ToUpdate(created) with { NameVi = created.NameVi + " (sửa lần 1)" };

        var first = await client.PutJsonAsync($"/api/v1/projects/{created.Id}", edit, $"\"{created.Version}\"");
        first.StatusCode.Should().Be(HttpStatusCode.OK, await first.Content.ReadAsStringAsync());

        var stale = await client.PutJsonAsync($"/api/v1/projects/{created.Id}", edit with { NameVi = "Lần sửa bị mất" }, $"\"{created.Version}\"");
        await stale.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, ErrorCodes.PreconditionFailed);

        var missing = await client.PutJsonAsync($"/api/v1/projects/{created.Id}", edit with { NameVi = "Không có phiên bản" }, null);
        await missing.ShouldBeProblemAsync((HttpStatusCode)428, ErrorCodes.PreconditionRequired);

        (await client.GetJsonAsync<ProjectDto>($"/api/v1/projects/{created.Id}")).NameVi.Should().EndWith("(sửa lần 1)");
    }

    [Fact]
    public async Task Two_concurrent_edits_with_the_same_version_one_wins_one_gets_412()
    {
        var client = await factory.CreateClientAsAsync(Officer);
        var created = await (await client.PostJsonAsync("/api/v1/projects", ProjectRequests.Oda("Song song " + ProjectRequests.UniqueWord()))).ReadAsync<ProjectDto>();
        var etag = $"\"{created.Version}\"";

        var results = await Task.WhenAll(Enumerable.Range(1, 6).Select(i =>
            client.PutJsonAsync($"/api/v1/projects/{created.Id}", ToUpdate(created) with { NameVi = $"Bản sửa {i}" }, etag)));

        results.Count(r => r.StatusCode == HttpStatusCode.OK).Should().Be(1);
        results.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed).Should().Be(5);
    }

    [Fact]
    public async Task Viewer_cannot_write_and_owner_sees_only_its_own_projects()
    {
        var officer = await factory.CreateClientAsAsync(Officer);
        var viewer = await factory.CreateClientAsAsync("viewer@investaid.local");
        var owner = await factory.CreateClientAsAsync("owner@investaid.local");
        var word = ProjectRequests.UniqueWord();
        var me = await owner.GetJsonAsync<InvestAid.Identity.CurrentUserDto>("/api/account/me");
        var own = await (await officer.PostJsonAsync("/api/v1/projects", ProjectRequests.Oda("Của chủ dự án " + word) with { OwnerUserId = me.Id })).ReadAsync<ProjectDto>();
        var other = await (await officer.PostJsonAsync("/api/v1/projects", ProjectRequests.Oda("Của người khác " + word))).ReadAsync<ProjectDto>();

        (await viewer.PostJsonAsync("/api/v1/projects", ProjectRequests.Oda("Không được"))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await viewer.GetJsonAsync<PagedResult<ProjectListItemDto>>($"/api/v1/projects?q={word}")).TotalCount.Should().Be(2);

        var ownerList = await owner.GetJsonAsync<PagedResult<ProjectListItemDto>>($"/api/v1/projects?q={word}");
        ownerList.Items.Select(p => p.Id).Should().Equal(own.Id);
        (await owner.GetAsync($"/api/v1/projects/{other.Id}", TestContext.Current.CancellationToken)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var ownEdit = await owner.PutJsonAsync($"/api/v1/projects/{own.Id}", ToUpdate(own) with { Objectives = "Cập nhật tiến độ" }, $"\"{own.Version}\"");
        ownEdit.StatusCode.Should().Be(HttpStatusCode.Accepted, "an owner's edit waits as a proposal: " + await ownEdit.Content.ReadAsStringAsync());
        (await owner.PostJsonAsync($"/api/v1/projects/{own.Id}/status", new ChangeProjectStatusRequest(ProjectAction.Submit, null)))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);

        var agency = await factory.CreateClientAsAsync("agency.finance@investaid.local");
        (await agency.GetJsonAsync<PagedResult<ProjectListItemDto>>($"/api/v1/projects?q={word}")).TotalCount.Should().Be(0);
    }

    [Theory]
    [InlineData("thai binh")]
    [InlineData("THÁI BÌNH")]
    [InlineData("binh thai")]
    public async Task Search_ignores_diacritics_and_case(string query)
    {
        var client = await factory.CreateClientAsAsync(Officer);
        var word = ProjectRequests.UniqueWord();
        await client.PostJsonAsync("/api/v1/projects", ProjectRequests.Fdi($"Nhà máy may Thái Bình {word}"));
        await client.PostJsonAsync("/api/v1/projects", ProjectRequests.Fdi($"Khu nhà xưởng Đông Hưng {word}"));

        var found = await client.GetJsonAsync<PagedResult<ProjectListItemDto>>($"/api/v1/projects?q={Uri.EscapeDataString(query + " " + word)}");

        found.Items.Should().ContainSingle().Which.NameVi.Should().StartWith("Nhà máy may Thái Bình");
        (await client.GetJsonAsync<PagedResult<ProjectListItemDto>>($"/api/v1/projects?q=dong%20{word}")).Items
            .Should().ContainSingle().Which.NameVi.Should().StartWith("Khu nhà xưởng Đông Hưng");
    }

    [Fact]
    public async Task The_list_filters_pages_sorts_and_counts()
    {
        var client = await factory.CreateClientAsAsync(Officer);
        var word = ProjectRequests.UniqueWord();
        for (var i = 1; i <= 5; i++)
        {
            await client.PostJsonAsync("/api/v1/projects", ProjectRequests.Fdi($"Dự án {word} số {i}", i * 1_000_000m, country: i % 2 == 0 ? "JP" : "KR"));
        }
        await client.PostJsonAsync("/api/v1/projects", ProjectRequests.Oda($"Dự án {word} ODA"));

        var page = await client.GetJsonAsync<PagedResult<ProjectListItemDto>>($"/api/v1/projects?q={word}&kind=Fdi&sort=-registeredCapitalUsd&page=1&pageSize=2");
        page.TotalCount.Should().Be(5);
        page.Items.Select(p => p.RegisteredCapitalUsd).Should().Equal(5_000_000m, 4_000_000m);

        var japan = await client.GetJsonAsync<PagedResult<ProjectListItemDto>>($"/api/v1/projects?q={word}&country=JP");
        japan.TotalCount.Should().Be(2);
        japan.Items.Should().OnlyContain(p => p.InvestorCountries == "JP");

        var manufacturing = await client.GetJsonAsync<PagedResult<ProjectListItemDto>>($"/api/v1/projects?q={word}&sector=C");
        manufacturing.TotalCount.Should().Be(5, "division 26 is in section C (manufacturing)");
        (await client.GetJsonAsync<PagedResult<ProjectListItemDto>>($"/api/v1/projects?q={word}&sector=F")).TotalCount.Should().Be(0);

        var donor = await client.GetJsonAsync<PagedResult<ProjectListItemDto>>($"/api/v1/projects?q={word}&donor=WB");
        donor.Items.Should().ContainSingle().Which.Kind.Should().Be(ProjectKind.Oda);
    }

    [Theory]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("sort=password", "sort")]
    [InlineData("kind=Spaceship", "kind")]
    [InlineData("from=2025-02-30", "from")]
    [InlineData("from=2025-05-01&to=2025-01-01", "to")]
    public async Task Bad_list_parameters_are_400_naming_the_parameter(string query, string field)
    {
        var client = await factory.CreateClientAsAsync(Officer);

        var response = await client.GetAsync($"/api/v1/projects?{query}", TestContext.Current.CancellationToken);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest,
            field is "kind" or "from" && !query.Contains("to=") ? ErrorCodes.MalformedRequest : ErrorCodes.ValidationFailed);
        problem.GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue(problem.ToString());
    }

    [Fact]
    public async Task History_records_creation_update_status_and_capital_events_with_before_and_after()
    {
        var client = await factory.CreateClientAsAsync(Officer);
        var project = await (await client.PostJsonAsync("/api/v1/projects", ProjectRequests.Fdi("Lịch sử " + ProjectRequests.UniqueWord(), 8_000_000m))).ReadAsync<ProjectDto>();
        await client.PostJsonAsync($"/api/v1/projects/{project.Id}/capital-events",
            new RecordCapitalEventRequest(CapitalEventType.Adjustment, new DateOnly(2025, 1, 10), 2_000_000m, null, "1234567890", "Tăng vốn", null));
        var current = await client.GetJsonAsync<ProjectDto>($"/api/v1/projects/{project.Id}");
        await client.PutJsonAsync($"/api/v1/projects/{project.Id}", ToUpdate(current) with { NameEn = "Renamed" }, $"\"{current.Version}\"");

        var history = await client.GetJsonAsync<List<InvestAid.Audit.AuditEntryDto>>($"/api/v1/projects/{project.Id}/history");

        history.Select(h => h.Action).Should().Equal("updated", "capital-event-recorded", "created");
        history.Should().OnlyContain(h => h.UserName == Officer);
        var capital = history.Single(h => h.Action == "capital-event-recorded");
        capital.Before.Should().Contain("8000000");
        capital.After.Should().Contain("10000000");
        history.Single(h => h.Action == "updated").After.Should().Contain("Renamed");
    }

    [Fact]
    public async Task The_filtered_list_downloads_as_excel_with_vietnamese_headers()
    {
        var client = await factory.CreateClientAsAsync(Officer);
        var word = ProjectRequests.UniqueWord();
        await client.PostJsonAsync("/api/v1/projects", ProjectRequests.Fdi($"Xuất Excel {word}", 1_628_890m));

        var response = await client.GetAsync($"/api/v1/projects/xlsx?q={word}", TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        await using var stream = await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken);
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        rows.Should().ContainSingle();
        rows[0]["Tên dự án"].Should().Be($"Xuất Excel {word}");
        Convert.ToDecimal(rows[0]["Vốn đăng ký (USD)"]).Should().Be(1_628_890m);
        rows[0]["Trạng thái"].Should().Be("Đang hoạt động");
    }

    [Fact]
    public async Task Unknown_project_is_404_problem()
    {
        var client = await factory.CreateClientAsAsync(Officer);

        var response = await client.GetAsync($"/api/v1/projects/{Guid.NewGuid()}", TestContext.Current.CancellationToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, ErrorCodes.NotFound);
    }

    internal static UpdateProjectRequest ToUpdate(ProjectDto p) => new()
    {
        NameVi = p.NameVi,
        NameEn = p.NameEn,
        OwnerName = p.OwnerName,
        OwnerUserId = p.OwnerUserId,
        CommuneCode = p.CommuneCode,
        IndustrialZoneCode = p.IndustrialZoneCode,
        SectorCode = p.SectorCode,
        DonorCode = p.DonorCode,
        PlannedStart = p.PlannedStart,
        PlannedEnd = p.PlannedEnd,
        Objectives = p.Objectives,
        Fdi = p.Fdi,
        Oda = p.Oda,
        Ngo = p.Ngo,
        Investors = p.Investors,
    };
}
