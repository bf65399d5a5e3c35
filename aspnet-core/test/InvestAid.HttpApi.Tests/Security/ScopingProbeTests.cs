using System.Net;
using System.Net.Http.Headers;
using AwesomeAssertions;
using InvestAid.Dossiers;
using InvestAid.HttpApi.Dossiers;
using InvestAid.Identity;
using InvestAid.Projects;
using InvestAid.TestBase;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using static InvestAid.HttpApi.Dossiers.DossierApi;

namespace InvestAid.HttpApi.Security;

/// <summary>
/// Per-record rules, probed over every project and dossier endpoint from the endpoint data source: an owner sees only its own
/// projects, an agency only the dossiers it was consulted on. Everything is made through the API.
/// </summary>
public sealed class ScopingProbeTests(ProcedureApiFactory factory)
{
    private static readonly HttpStatusCode[] Hidden = [HttpStatusCode.NotFound, HttpStatusCode.Forbidden];

    [Fact]
    public async Task An_owner_reads_and_writes_nothing_of_another_owners_project()
    {
        var other = await CreateOwnerAsync();
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var owner = await factory.CreateClientAsAsync("owner@investaid.local");
        var me = await owner.GetJsonAsync<CurrentUserDto>("/api/account/me");
        var mine = await officer.CreateProjectAsync(ProjectRequests.Oda("Dự án của tôi " + ProjectRequests.UniqueWord()) with { OwnerUserId = me.Id });
        var theirs = await officer.CreateProjectAsync(ProjectRequests.Oda("Dự án của người khác " + ProjectRequests.UniqueWord()) with { OwnerUserId = other });

        var failures = new List<string>();
        foreach (var endpoint in ProjectEndpoints())
        {
            var onMine = await SendAsync(owner, endpoint, mine.Id);
            var onTheirs = await SendAsync(owner, endpoint, theirs.Id);
            if (endpoint.Method == "GET" && (int)onMine.Status is < 200 or >= 300) // 204: the handler ran and found nothing recorded
            {
                failures.Add($"{endpoint} on the owner's own project → {(int)onMine.Status} (the probe must reach the handler)");
            }
            if (endpoint.Method == "GET" ? !Hidden.Contains(onTheirs.Status) : (int)onTheirs.Status is < 400 or >= 500)
            {
                failures.Add($"{endpoint} on another owner's project → {(int)onTheirs.Status} {onTheirs.Body}");
            }
        }
        var list = await owner.GetJsonAsync<InvestAid.Common.PagedResult<ProjectListItemDto>>("/api/v1/projects?pageSize=200");

        failures.Should().BeEmpty();
        list.Items.Should().Contain(p => p.Id == mine.Id).And.NotContain(p => p.Id == theirs.Id);
        (await officer.GetJsonAsync<ProjectDto>($"/api/v1/projects/{theirs.Id}")).Version.Should().Be(theirs.Version, "no probe wrote to it");
    }

    [Fact]
    public async Task An_agency_reads_nothing_of_a_dossier_it_was_not_consulted_on()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var project = await officer.CreateProjectAsync(ProjectRequests.Ngo("Viện trợ " + ProjectRequests.UniqueWord()));
        var dossier = await officer.StartDossierOkAsync(project.Id, "ngo-aid-approval", new DateOnly(2025, 6, 2), new { agencies = new[] { "CAT" } });
        await officer.StepAsync(dossier.Id, "check", "complete");
        var form = new MultipartFormDataContent();
        var pdf = new ByteArrayContent(TestDocuments.Pdf());
        pdf.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(pdf, "file", "to-trinh.pdf");
        var document = await (await officer.PostAsync($"/api/v1/dossiers/{dossier.Id}/documents", form, Ct)).ReadAsync<DossierDocumentDto>();
        var police = await factory.CreateClientAsAsync("agency.police@investaid.local");
        var finance = await factory.CreateClientAsAsync("agency.finance@investaid.local");
        var ids = new Dictionary<string, string> { ["id"] = dossier.Id.ToString(), ["projectId"] = project.Id.ToString(), ["documentId"] = document.Id.ToString() };

        var failures = new List<string>();
        var endpoints = EndpointCatalog.All(factory.Services).Where(e => e.Pattern.StartsWith("/api/v1/dossiers/", StringComparison.Ordinal)).ToList();
        endpoints.Should().HaveCountGreaterThanOrEqualTo(4);
        foreach (var endpoint in endpoints.Concat(ProjectEndpoints().Where(e => e.Method == "GET")))
        {
            var values = endpoint.Pattern.StartsWith("/api/v1/projects/{id", StringComparison.Ordinal) ? new Dictionary<string, string> { ["id"] = project.Id.ToString() } : ids;
            var asked = await SendAsync(police, endpoint, values);
            var notAsked = await SendAsync(finance, endpoint, values);
            if (endpoint.Method == "GET" && endpoint.Pattern.StartsWith("/api/v1/dossiers/", StringComparison.Ordinal) && asked.Status != HttpStatusCode.OK)
            {
                failures.Add($"{endpoint} for the consulted agency → {(int)asked.Status} (the probe must reach the handler)");
            }
            if (endpoint.Method == "GET" ? !Hidden.Contains(notAsked.Status) : (int)notAsked.Status is < 400 or >= 500)
            {
                failures.Add($"{endpoint} for an agency not consulted → {(int)notAsked.Status} {notAsked.Body}");
            }
        }

        failures.Should().BeEmpty();
        (await officer.DossierAsync(dossier.Id)).Documents.Should().ContainSingle("no probe added a document");
    }

    /// <summary>Every endpoint under one project (its id is the only route value), from the endpoint data source.</summary>
    private IEnumerable<ApiEndpoint> ProjectEndpoints() =>
        EndpointCatalog.All(factory.Services).Where(e => e.Pattern.StartsWith("/api/v1/projects/{", StringComparison.Ordinal) && e.RouteParameters.Count() == 1);

    private static Task<(HttpStatusCode Status, string Body)> SendAsync(HttpClient client, ApiEndpoint endpoint, Guid projectId) =>
        SendAsync(client, endpoint, new Dictionary<string, string> { [endpoint.RouteParameters.Single()] = projectId.ToString() });

    private static async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpClient client, ApiEndpoint endpoint, IReadOnlyDictionary<string, string> values)
    {
        using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Url(values)) { Content = endpoint.EmptyBody() };
        request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        using var response = await client.SendAsync(request, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        return (response.StatusCode, body[..Math.Min(body.Length, 200)]);
    }

    private async Task<Guid> CreateOwnerAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser($"owner.{Guid.NewGuid():N}@investaid.local", "Ban QLDA khác");
        (await users.CreateAsync(user, "Another-Owner-2026")).Succeeded.Should().BeTrue();
        (await users.AddToRoleAsync(user, RoleNames.Owner)).Succeeded.Should().BeTrue();
        return user.Id;
    }
}
