using System.Net;
using AwesomeAssertions;
using InvestAid.TestBase;

namespace InvestAid.HttpApi.Security;

/// <summary>A viewer reads; every POST, PUT and DELETE of the host is refused with 403, except the writes listed here.</summary>
public sealed class ViewerWriteProbeTests(ApiFactory factory)
{
    /// <summary>Writes a viewer may reach on purpose, by endpoint name: the statuses a probe may get (with a random id and an empty body), and why.</summary>
    private static readonly Dictionary<string, (HttpStatusCode[] Allowed, string Reason)> Exceptions = new()
    {
        ["Login"] = ([HttpStatusCode.BadRequest], "anonymous by design; an empty body fails validation"),
        ["Logout"] = ([HttpStatusCode.NoContent], "everyone signs themselves out"),
        ["Refresh"] = ([HttpStatusCode.BadRequest], "anonymous by design (the refresh token is the credential); an empty body fails"),
        ["MarkNotificationRead"] = ([HttpStatusCode.NotFound], "the viewer's own bell; another user's notification is not found"),
        ["MarkAllNotificationsRead"] = ([HttpStatusCode.NoContent], "the viewer's own bell"),
        ["SetNotificationPreferences"] = ([HttpStatusCode.BadRequest], "the viewer's own e-mail preferences; {} is not a list"),
        ["SetLanguagePreference"] = ([HttpStatusCode.BadRequest], "the viewer's own language for e-mails and notifications; {} names none"),
        ["ClaimTask"] = ([HttpStatusCode.NotFound], "checked per task: only its assignee, a candidate user or candidate group (a viewer is none)"),
        ["SetTaskAssignee"] = ([HttpStatusCode.NotFound], "checked per task: administrators, or the assignee giving it back (a viewer is neither)"),
        ["DelegateTask"] = ([HttpStatusCode.NotFound], "checked per task: administrators or the assignee"),
        ["ResolveTask"] = ([HttpStatusCode.NotFound], "checked per task: administrators or the delegate"),
        ["CompleteTask"] = ([HttpStatusCode.BadRequest, HttpStatusCode.NotFound], "checked per task, as ClaimTask"),
        ["ResubmitDossier"] = ([HttpStatusCode.NotFound], "checked per dossier: staff, the project's owner or a consulted agency"),
        ["UploadDossierDocument"] = ([HttpStatusCode.BadRequest, HttpStatusCode.NotFound], "checked per dossier, as ResubmitDossier"),
    };

    [Fact]
    public async Task Every_write_endpoint_is_403_for_a_viewer_except_the_listed_ones()
    {
        var ct = TestContext.Current.CancellationToken;
        var viewer = await factory.CreateClientAsAsync("viewer@investaid.local");
        var writes = EndpointCatalog.All(factory.Services).Where(e => e.IsWrite && !EndpointCatalog.IsRouteFallback(e)).ToList();
        writes.Should().HaveCountGreaterThan(25);
        writes.Select(e => e.Name).Should().Contain(Exceptions.Keys, "an exception that no longer exists must leave the list");

        var failures = new List<string>();
        // Logout last: it is the one write the viewer may make to its own session.
        foreach (var endpoint in writes.OrderBy(e => e.Name == "Logout"))
        {
            using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Url()) { Content = endpoint.EmptyBody() };
            using var response = await viewer.SendAsync(request, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            var allowed = endpoint.Name is { } name && Exceptions.TryGetValue(name, out var exception) ? exception.Allowed : [HttpStatusCode.Forbidden];
            if (!allowed.Contains(response.StatusCode))
            {
                failures.Add($"{endpoint} → {(int)response.StatusCode} {body[..Math.Min(body.Length, 200)]}");
            }
            else if (response.StatusCode == HttpStatusCode.Forbidden && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                failures.Add($"{endpoint} → 403 without ProblemDetails");
            }
        }

        failures.Should().BeEmpty();
    }
}
