using System.Net;
using System.Text.Json;
using AwesomeAssertions;

namespace InvestAid.TestBase;

public static class ProblemAssertions
{
    /// <summary>Asserts an RFC 9457 ProblemDetails answer with the given status and stable code; returns its JSON.</summary>
    public static async Task<JsonElement> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, body);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json", body);
        var json = JsonDocument.Parse(body).RootElement;
        json.GetProperty("status").GetInt32().Should().Be((int)status);
        json.GetProperty("code").GetString().Should().Be(code);
        json.TryGetProperty("title", out _).Should().BeTrue();
        return json;
    }
}
