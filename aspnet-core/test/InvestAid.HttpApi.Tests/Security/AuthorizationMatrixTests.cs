using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using AwesomeAssertions;
using InvestAid.CapitalContributions;
using InvestAid.Dossiers;
using InvestAid.HttpApi.Dossiers;
using InvestAid.Identity;
using InvestAid.TestBase;
using static InvestAid.HttpApi.Dossiers.DossierApi;

namespace InvestAid.HttpApi.Security;

/// <summary>
/// The authorization matrix: every routed /api endpoint (from the endpoint data source) is called as each role on a record of
/// its own (the demo owner's project, a dossier that consulted the demo finance agency), another owner's record (consulting
/// another agency) and an unrelated (missing) one, and each answer is held to the model in docs/security.md, read from that file.
/// An answer is "allowed" when the request reached the handler (2xx, or a 400/409/412/415/422 about the body), "refused" on 403/404.
/// Writes are sent with an empty body, so for them a refusal is any 4xx (nothing was written) and an allowed write is anything but 403.
/// The test writes its size to its output (and as the attachment "matrix-size"): endpoints × roles × records, and the cells called.
/// </summary>
public sealed partial class AuthorizationMatrixTests(ProcedureApiFactory factory)
{
    private static readonly string[] Roles = [RoleNames.Admin, RoleNames.Officer, RoleNames.Approver, RoleNames.Leader, RoleNames.Agency, RoleNames.Owner, RoleNames.Viewer];

    private static readonly Dictionary<string, string> Users = new()
    {
        [RoleNames.Admin] = "admin@investaid.local",
        [RoleNames.Officer] = "officer@investaid.local",
        [RoleNames.Approver] = "approver@investaid.local",
        [RoleNames.Leader] = "leader@investaid.local",
        [RoleNames.Agency] = "agency.finance@investaid.local",
        [RoleNames.Owner] = "owner@investaid.local",
        [RoleNames.Viewer] = "viewer@investaid.local",
    };

    /// <summary>Calls that would end the demo users' sessions or change state other tests read: checked by their own tests.</summary>
    private static readonly HashSet<string> NotCalled =
    [
        "POST /api/account/logout", "PUT /api/v1/notifications/preferences", "POST /api/v1/notifications/read-all", "PUT /api/v1/admin/jobs",
    ];

    private enum Record { Own, Other, Unrelated, None }

    [Fact]
    public async Task Every_endpoint_answers_every_role_on_its_own_another_and_an_unrelated_record_as_docs_security_md_says()
    {
        var model = ReadModel();
        var endpoints = EndpointCatalog.All(factory.Services)
            .Where(e => e.Pattern.StartsWith("/api/", StringComparison.Ordinal) && !EndpointCatalog.IsRouteFallback(e) && !e.AllowsAnonymous)
            .ToList();
        var failures = new List<string>();
        foreach (var e in endpoints.Where(e => !model.ContainsKey(Key(e))))
        {
            failures.Add($"{e} is not in the matrix of docs/security.md");
        }
        foreach (var row in model.Keys.Where(k => !endpoints.Any(e => Key(e) == k)))
        {
            failures.Add($"{row} is in docs/security.md but not routed");
        }

        var clients = new Dictionary<string, HttpClient>();
        foreach (var role in Roles)
        {
            clients[role] = await factory.CreateClientAsAsync(Users[role]);
        }
        var records = await SeedAsync(clients[RoleNames.Officer], clients[RoleNames.Owner]);

        var cells = 0;
        var onRecords = 0;
        var withoutRecord = 0;
        // Reads first, all roles at once; then writes one by one (a write may change what a later write finds).
        foreach (var batch in new[] { endpoints.Where(e => !e.IsWrite).ToList(), endpoints.Where(e => e.IsWrite).ToList() })
        {
            foreach (var endpoint in batch)
            {
                var key = Key(endpoint);
                if (!model.TryGetValue(key, out var codes) || NotCalled.Contains(key))
                {
                    continue;
                }
                var kinds = KindOf(endpoint) is null ? new[] { Record.None } : [Record.Own, Record.Other, Record.Unrelated];
                if (KindOf(endpoint) is null)
                {
                    withoutRecord++;
                }
                else
                {
                    onRecords++;
                }
                foreach (var record in kinds)
                {
                    var values = KindOf(endpoint) is { } kind ? records.Values(kind, record) : null;
                    var calls = Roles.Select(async role => (role, status: await SendAsync(clients[role], endpoint, values)));
                    var answers = endpoint.IsWrite ? await Sequential(calls) : await Task.WhenAll(calls);
                    foreach (var (role, status) in answers)
                    {
                        cells++;
                        if (Check(endpoint, codes[Array.IndexOf(Roles, role)], record, status) is { } expected)
                        {
                            failures.Add($"{key} as {role} on {record.ToString().ToLowerInvariant()} record → {(int)status}, the model says {expected}");
                        }
                    }
                }
            }
        }

        var size = $"Authorization matrix: {model.Count} endpoints in docs/security.md, {onRecords + withoutRecord} called "
            + $"({NotCalled.Count} left to their own tests) × {Roles.Length} roles: {onRecords} endpoints × {Roles.Length} roles × 3 records "
            + $"(own / another's / unrelated) + {withoutRecord} endpoints × {Roles.Length} roles on no record = "
            + $"{onRecords * Roles.Length * 3 + withoutRecord * Roles.Length} cells expected, {cells} cells checked, {failures.Count} differing";
        TestContext.Current.TestOutputHelper?.WriteLine(size);
        TestContext.Current.SendDiagnosticMessage(size);
        TestContext.Current.AddAttachment("matrix-size", size);
        failures.Should().BeEmpty(string.Join(Environment.NewLine, failures));
        cells.Should().Be(onRecords * Roles.Length * 3 + withoutRecord * Roles.Length);
        cells.Should().BeGreaterThan(model.Count * Roles.Length);
    }

    /// <summary>"METHOD /pattern" as the matrix names it (a group's "" route ends in no slash).</summary>
    private static string Key(ApiEndpoint e) => $"{e.Method} {(e.Pattern.Length > 1 ? e.Pattern.TrimEnd('/') : e.Pattern)}";

    private static async Task<(string, HttpStatusCode)[]> Sequential(IEnumerable<Task<(string, HttpStatusCode)>> calls)
    {
        var list = new List<(string, HttpStatusCode)>();
        foreach (var call in calls)
        {
            list.Add(await call);
        }
        return [.. list];
    }

    /// <summary>Null when the answer fits the model's code for that role and record, else what the model expected.</summary>
    private static string? Check(ApiEndpoint endpoint, string code, Record record, HttpStatusCode status)
    {
        var s = (int)status;
        if (s >= 500 || s == 401)
        {
            return code == "-" ? "403" : "allowed";
        }
        var refused = s is 403 or 404;
        if (code == "-")
        {
            // A read is refused (403; 404 for a record out of scope); a write changes nothing: refused, or its empty body refused first.
            return endpoint.IsWrite
                ? (s is >= 400 and < 500 ? null : "refused (4xx)")
                : s == 403 || (record != Record.None && s == 404) ? null : "403 (the role lacks the permission)";
        }
        if (code == "mine" || record == Record.None)
        {
            // Allowed to the role; the record (a random id) may not exist.
            return s == 403 && code != "mine" ? "allowed" : null;
        }
        var visible = record switch
        {
            Record.Own => true,
            Record.Other => code == "all",
            _ => false,
        };
        if (record == Record.Unrelated)
        {
            return endpoint.IsWrite || s == 404 ? null : "404 (no such record)";
        }
        if (visible)
        {
            // A write with an empty body may find nothing to act on (404 for a missing version or message); only 403 is a refusal.
            return (endpoint.IsWrite ? s == 403 : refused) ? "allowed" : null;
        }
        // Out of scope: a read is refused; a write may be refused by the validation of its empty body first.
        return refused || (endpoint.IsWrite && s is >= 400 and < 500) ? null : "refused (403/404)";
    }

    private enum Kind { Project, Dossier, Instance, Task, Contribution }

    private static Kind? KindOf(ApiEndpoint e) => e.Pattern switch
    {
        var p when p.StartsWith("/api/v1/projects/{", StringComparison.Ordinal) => Kind.Project,
        var p when p.StartsWith("/api/v1/dossiers/{", StringComparison.Ordinal) => Kind.Dossier,
        var p when p.StartsWith("/api/v1/workflow-instances/{", StringComparison.Ordinal) => Kind.Instance,
        var p when p.StartsWith("/api/v1/tasks/{", StringComparison.Ordinal) => Kind.Task,
        var p when p.StartsWith("/api/v1/capital-contributions/{", StringComparison.Ordinal) => Kind.Contribution,
        _ => null,
    };

    private sealed record Records(Fixture Own, Fixture Other)
    {
        public Dictionary<string, string> Values(Kind kind, Record record)
        {
            var f = record switch
            {
                Record.Own => Own,
                Record.Other => Other,
                _ => new Fixture(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid().ToString("N"), Guid.NewGuid()),
            };
            return kind switch
            {
                Kind.Project => new() { ["id"] = f.Project.ToString(), ["projectId"] = f.Project.ToString() },
                Kind.Dossier => new() { ["id"] = f.Dossier.ToString(), ["documentId"] = f.Document.ToString() },
                Kind.Instance => new() { ["id"] = f.Instance.ToString(), ["name"] = "no-such-message" },
                Kind.Contribution => new() { ["id"] = f.Contribution.ToString() },
                _ => new() { ["id"] = f.Task },
            };
        }
    }

    private sealed record Fixture(Guid Project, Guid Dossier, Guid Document, Guid Instance, string Task, Guid Contribution);

    /// <summary>
    /// The demo owner's NGO project whose dossier consulted the finance agency (STC); another owner's, consulting the police (CAT);
    /// each with a capital contribution linked to it.
    /// </summary>
    private async Task<Records> SeedAsync(HttpClient officer, HttpClient owner)
    {
        var me = await owner.GetJsonAsync<CurrentUserDto>("/api/account/me");
        var other = await InstanceAndTaskScopeTests.CreateOwnerAsync(factory);
        return new Records(await FixtureAsync(officer, me.Id, "STC"), await FixtureAsync(officer, other, "CAT"));
    }

    private static async Task<Fixture> FixtureAsync(HttpClient officer, Guid owner, string agency)
    {
        var project = await officer.CreateProjectAsync(ProjectRequests.Ngo("Ma trận quyền " + ProjectRequests.UniqueWord()) with { OwnerUserId = owner });
        var dossier = await officer.StartDossierOkAsync(project.Id, "ngo-aid-approval", new DateOnly(2025, 6, 2), new { agencies = new[] { agency } });
        await officer.StepAsync(dossier.Id, "check", "complete");
        var form = new MultipartFormDataContent();
        var pdf = new ByteArrayContent(TestDocuments.Pdf());
        pdf.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(pdf, "file", "to-trinh.pdf");
        var document = await (await officer.PostAsync($"/api/v1/dossiers/{dossier.Id}/documents", form, Ct)).ReadAsync<DossierDocumentDto>();
        var task = (await officer.DossierAsync(dossier.Id)).Tasks.First(t => t.Status == "Open" && t.CandidateGroups.Contains(AgencyClaims.GroupOf(agency)));
        var contribution = await (await officer.PostJsonAsync("/api/v1/capital-contributions", new CapitalContributionInput(
            "Matrix Invest", "KR", "Công ty ma trận " + agency, null, 100_000m, null, new DateOnly(2025, 6, 2), null, null, null, null, project.Id)))
            .ReadAsync<CapitalContributionDto>();
        return new Fixture(project.Id, dossier.Id, document.Id, dossier.WorkflowInstanceId!.Value, task.Id, contribution.Id);
    }

    private static async Task<HttpStatusCode> SendAsync(HttpClient client, ApiEndpoint endpoint, IReadOnlyDictionary<string, string>? values)
    {
        var all = new Dictionary<string, string> { ["date"] = "2099-01-01" };
        foreach (var (k, v) in values ?? new Dictionary<string, string>())
        {
            all[k] = v;
        }
        using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Url(all)) { Content = endpoint.EmptyBody() };
        request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        using var response = await client.SendAsync(request, Ct);
        return response.StatusCode;
    }

    /// <summary>The matrix block of docs/security.md: "METHOD pattern | admin | officer | approver | leader | agency | owner | viewer".</summary>
    private static Dictionary<string, string[]> ReadModel()
    {
        var text = File.ReadAllText(RepoPaths.Above("docs", "security.md"));
        var block = MatrixBlock().Match(text).Groups[1].Value;
        var model = new Dictionary<string, string[]>();
        foreach (var line in block.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("```", StringComparison.Ordinal)))
        {
            var parts = line.Split('|').Select(p => p.Trim()).ToArray();
            var head = parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            parts.Length.Should().Be(1 + Roles.Length, line);
            model.TryAdd($"{head[0]} {head[1].TrimEnd('/')}", parts[1..]);
        }
        model.Should().NotBeEmpty();
        return model;
    }

    [GeneratedRegex("<!-- matrix:begin -->(.*?)<!-- matrix:end -->", RegexOptions.Singleline)]
    private static partial Regex MatrixBlock();
}
