using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using InvestAid.CapitalContributions;
using InvestAid.Dossiers;
using InvestAid.HttpApi.Dossiers;
using InvestAid.TestBase;
using Npgsql;
using static InvestAid.HttpApi.Dossiers.DossierApi;

namespace InvestAid.HttpApi.Security;

/// <summary>
/// Seeded random malformed JSON to every POST/PUT endpoint that reads a JSON body (from the endpoint data source, field names from the
/// OpenAPI document): no answer is a 5xx and no row of the database changes.
/// </summary>
[Collection(KestrelCollection.Name)]
public sealed class JsonFuzzTests(KestrelApiFactory factory)
{
    private const int Seed = 20_261_125;
    private const int Bodies = 1_200;

    [Fact]
    public async Task A_thousand_malformed_bodies_get_no_5xx_and_write_nothing()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var admin = await factory.CreateClientAsAsync("admin@investaid.local");
        var values = await MakeTargetsAsync(officer, admin);
        var document = JsonDocument.Parse(await admin.GetStringAsync("/openapi/v1.json", Ct)).RootElement;
        var endpoints = EndpointCatalog.All(factory.Services)
            .Where(e => e.Method is "POST" or "PUT" && e.AcceptsJson && e.Name is not ("Login" or "Logout"))
            .Select(e => (Endpoint: e, Fields: FieldsOf(document, e.Name)))
            .ToList();
        endpoints.Select(e => e.Endpoint.Name).Should().Contain(
            ["CreateProject", "UpdateProject", "ChangeProjectStatus", "RecordCapitalEvent", "CreateReferenceItem", "UpdateReferenceItem",
             "CreateCapitalContribution", "UpdateCapitalContribution", "RecordCapitalPlan", "RecordDisbursement", "RecordReceipt",
             "SetExchangeRate", "StartDossier", "StartWorkflowInstance", "CompleteTask", "UpdateJobSettings"]);

        var before = await SnapshotAsync();
        var random = new Random(Seed);
        var work = Enumerable.Range(0, Bodies).Select(i =>
        {
            var (endpoint, fields) = endpoints[i % endpoints.Count];
            return (endpoint, url: endpoint.Url(ValuesFor(endpoint, values)), body: MalformedBody(random, fields, i / endpoints.Count));
        }).ToList();
        var statuses = new ConcurrentDictionary<int, int>();
        var failures = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = Ct }, async (item, ct) =>
        {
            var client = item.endpoint.Policies.Any(p => p.Contains("Administration", StringComparison.Ordinal) || p.Contains("Calendar", StringComparison.Ordinal)) ? admin : officer;
            using var request = new HttpRequestMessage(new HttpMethod(item.endpoint.Method), item.url) { Content = new ByteArrayContent(item.body) };
            request.Content.Headers.ContentType = new("application/json");
            request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
            using var response = await client.SendAsync(request, ct);
            statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
            // A 2xx is possible for a body that is valid by chance (e.g. [] to a list of settings: nothing to change); the row check decides.
            if ((int)response.StatusCode >= 500)
            {
                var text = await response.Content.ReadAsStringAsync(ct);
                failures.Add($"{item.endpoint} → {(int)response.StatusCode} for {Show(item.body)}: {text[..Math.Min(text.Length, 300)]}");
            }
        });
        var after = await SnapshotAsync();

        TestContext.Current.TestOutputHelper?.WriteLine($"{work.Count} bodies to {endpoints.Count} endpoints: " +
            string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
        failures.Should().BeEmpty(string.Join("\n", failures.Take(20)));
        statuses.Keys.Should().OnlyContain(s => s < 500);
        statuses.Where(s => s.Key < 300).Sum(s => s.Value).Should().BeLessThan(Bodies / 100, "nearly every body is rejected");
        after.Should().Equal(before, "a rejected request persists nothing");
    }

    /// <summary>The route values of one endpoint: <c>{id}</c> names a project, a contribution, a reference item, a dossier, an instance or a task.</summary>
    private static Dictionary<string, string> ValuesFor(ApiEndpoint endpoint, Dictionary<string, string> values)
    {
        var id = endpoint.Pattern switch
        {
            var p when p.StartsWith("/api/v1/capital-contributions/", StringComparison.Ordinal) => values["contribution"],
            var p when p.StartsWith("/api/v1/reference/", StringComparison.Ordinal) => values["reference"],
            var p when p.StartsWith("/api/v1/dossiers/", StringComparison.Ordinal) => values["dossier"],
            var p when p.StartsWith("/api/v1/workflow-instances/", StringComparison.Ordinal) => values["instance"],
            var p when p.StartsWith("/api/v1/tasks/", StringComparison.Ordinal) => values["task"],
            _ => values["id"],
        };
        return new Dictionary<string, string>(values) { ["id"] = id };
    }

    /// <summary>The body's top-level field names and their JSON types, from the operation's request schema.</summary>
    private static List<(string Name, string Type)> FieldsOf(JsonElement document, string? operationId)
    {
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                if (operation.Value.TryGetProperty("operationId", out var id) && id.GetString() == operationId
                    && operation.Value.TryGetProperty("requestBody", out var body)
                    && body.GetProperty("content").EnumerateObject().FirstOrDefault(c => c.Name.Contains("json", StringComparison.Ordinal)) is { Value.ValueKind: JsonValueKind.Object } content)
                {
                    var schema = Resolve(document, content.Value.GetProperty("schema"));
                    if (schema.TryGetProperty("items", out var items))
                    {
                        schema = Resolve(document, items);
                    }
                    return schema.TryGetProperty("properties", out var properties)
                        ? [.. properties.EnumerateObject().Select(p => (p.Name, TypeOf(Resolve(document, p.Value))))]
                        : [];
                }
            }
        }
        return [];
    }

    private static JsonElement Resolve(JsonElement document, JsonElement schema)
    {
        for (var i = 0; i < 5 && schema.TryGetProperty("$ref", out var reference); i++)
        {
            schema = document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1]);
        }
        return schema;
    }

    private static string TypeOf(JsonElement schema) =>
        !schema.TryGetProperty("type", out var type) ? "object"
        : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()).FirstOrDefault(t => t != "null") ?? "string"
        : type.GetString() ?? "object";

    /// <summary>One broken body, the kind chosen by <paramref name="round"/> so that each endpoint gets every kind.</summary>
    private static byte[] MalformedBody(Random random, List<(string Name, string Type)> fields, int round)
    {
        var names = fields.Count > 0 ? fields : [("name", "string"), ("value", "number")];
        string Json(JsonNode? node) => node?.ToJsonString() ?? "null";
        JsonObject Object(Func<string, string, JsonNode?> value) => new(names.Select(f => KeyValuePair.Create(f.Name, value(f.Name, f.Type))));
        var text = (round % 12) switch
        {
            // Wrong type in every field: a string where a number goes, an object where a string goes, and so on.
            0 => Json(Object((_, type) => WrongType(random, type))),
            // Every field null (required ones missing).
            1 => Json(Object((_, _) => null)),
            // Numbers beyond decimal and double, negative zero, exponents.
            2 => "{" + string.Join(",", names.Select(f => $"\"{f.Name}\":{Pick(random, "1e400", "-1e400", "79228162514264337593543950336", "-0", "1E+999999", "0.0000000000000000000000000000001", "9223372036854775808", "NaN", "Infinity")}")) + "}",
            // Deep nesting, past the reader's depth limit.
            3 => new string('[', 64 + random.Next(5_000)) + new string(']', 1),
            4 => string.Concat(Enumerable.Repeat("{\"a\":", 65 + random.Next(500))) + "1" + new string('}', 3),
            // Unicode: lone surrogates, NUL, bidi overrides, combining marks, in keys and values; a right type nowhere.
            5 => "{" + string.Join(",", names.Select(f => $"\"{f.Name}\":{{\"\\ud800\":\"{Pick(random, "\\ud800", "\\udfff\\ud800", "\\u0000", "\\u202e", "\\ufeff")}{new string('\u0301', random.Next(1, 2_000))}Đ😀\"}}")) + "}",
            // Truncated at a random point.
            6 => Truncate(random, Json(Object((_, type) => RightType(random, type)))),
            // Extra fields, and every real field of the wrong type.
            7 => Json(WithExtras(random, Object((_, type) => WrongType(random, type)))),
            // An array where an object goes (and an object where a list goes).
            8 => fields.Count == 0 ? "{\"items\":[]}" : Json(new JsonArray(Object((_, type) => RightType(random, type)), 1, "x")),
            // A bare scalar or nothing at all.
            9 => Pick(random, "", " ", "null", "true", "0", "\"text\"", "[]", "[null]", "{"),
            // Duplicate keys of different types.
            10 => "{" + string.Join(",", names.SelectMany(f => new[] { $"\"{f.Name}\":{Json(RightType(random, f.Type))}", $"\"{f.Name}\":{Json(WrongType(random, f.Type))}" })) + "}",
            // Random bytes (not UTF-8, not JSON).
            _ => null,
        };
        if (text is null)
        {
            var bytes = new byte[1 + random.Next(512)];
            random.NextBytes(bytes);
            bytes[0] = 0xC3; // never a valid start of JSON
            return bytes;
        }
        return Encoding.UTF8.GetBytes(text);
    }

    private static JsonObject WithExtras(Random random, JsonObject body)
    {
        for (var i = 0; i < 20; i++)
        {
            body[$"extra{i}_{random.Next()}"] = i % 2 == 0 ? JsonValue.Create(random.NextDouble()) : new JsonObject { ["nested"] = new JsonArray(1, "two", null) };
        }
        return body;
    }

    private static JsonNode? WrongType(Random random, string type) => type switch
    {
        "string" => Pick<JsonNode?>(random, JsonValue.Create(42), new JsonObject(), new JsonArray("x"), JsonValue.Create(true)),
        "integer" or "number" => Pick<JsonNode?>(random, JsonValue.Create("abc"), JsonValue.Create("1,5"), new JsonObject(), JsonValue.Create(false)),
        "boolean" => Pick<JsonNode?>(random, JsonValue.Create("yes"), JsonValue.Create(2), new JsonArray()),
        "array" => Pick<JsonNode?>(random, new JsonObject(), JsonValue.Create("a,b"), JsonValue.Create(1)),
        _ => Pick<JsonNode?>(random, JsonValue.Create(7), JsonValue.Create("object"), new JsonArray(1, 2)),
    };

    private static JsonNode? RightType(Random random, string type) => type switch
    {
        "string" => JsonValue.Create("x" + random.Next()),
        "integer" => JsonValue.Create(random.Next(-5, 5)),
        "number" => JsonValue.Create(random.Next(-5, 5) * 1.5m),
        "boolean" => JsonValue.Create(random.Next(2) == 0),
        "array" => new JsonArray(),
        _ => new JsonObject(),
    };

    private static string Truncate(Random random, string json) => json[..Math.Max(1, random.Next(json.Length - 1))];

    private static T Pick<T>(Random random, params T[] choices) => choices[random.Next(choices.Length)];

    private static string Show(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body);
        return text.Length > 200 ? text[..200] + "…" : text;
    }

    /// <summary>One record of each kind the write endpoints address, so that a body that happened to pass binding would reach real rows.</summary>
    private async Task<Dictionary<string, string>> MakeTargetsAsync(HttpClient officer, HttpClient admin)
    {
        var fdi = await officer.CreateProjectAsync(ProjectRequests.Fdi("Dự án fuzz " + ProjectRequests.UniqueWord()));
        var ngo = await officer.CreateProjectAsync(ProjectRequests.Ngo("Viện trợ fuzz " + ProjectRequests.UniqueWord()));
        var dossier = await officer.StartDossierOkAsync(ngo.Id, "ngo-aid-approval", new DateOnly(2025, 6, 2));
        var task = dossier.Tasks.First(t => t.Status == "Open");
        var reference = await admin.GetStringAsync("/api/v1/reference/Donor?pageSize=1", Ct);
        var referenceId = JsonDocument.Parse(reference).RootElement.GetProperty("items")[0].GetProperty("id").GetString()!;
        var contributions = await officer.GetJsonAsync<InvestAid.Common.PagedResult<CapitalContributionDto>>("/api/v1/capital-contributions?pageSize=1");
        return new()
        {
            ["id"] = fdi.Id.ToString(),
            ["projectId"] = ngo.Id.ToString(),
            ["kind"] = "Donor",
            ["name"] = "fuzz",
            ["date"] = "2025-01-01",
            ["key"] = "ngo-aid-approval",
            ["documentName"] = "v1",
            ["contribution"] = contributions.Items.FirstOrDefault()?.Id.ToString() ?? Guid.NewGuid().ToString(),
            ["reference"] = referenceId,
            ["dossier"] = dossier.Id.ToString(),
            ["instance"] = dossier.WorkflowInstanceId!.Value.ToString(),
            ["task"] = task.Id,
        };
    }

    /// <summary>Row count and content hash of every application table (identity tables aside: signing in touches them).</summary>
    private async Task<List<string>> SnapshotAsync()
    {
        await using var conn = new NpgsqlConnection(factory.Database.ConnectionString);
        await conn.OpenAsync(Ct);
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('users','user_claims','user_logins','user_roles','user_tokens','roles','role_claims','data_protection_keys') ORDER BY 1", conn))
        await using (var reader = await list.ExecuteReaderAsync(Ct))
        {
            while (await reader.ReadAsync(Ct))
            {
                tables.Add(reader.GetString(0));
            }
        }
        var result = new List<string>();
        foreach (var table in tables)
        {
            await using var cmd = new NpgsqlCommand($"SELECT count(*) || ' ' || coalesce(md5(string_agg(md5(t::text), ',' ORDER BY md5(t::text))), '') FROM \"{table}\" t", conn);
            result.Add($"{table}: {await cmd.ExecuteScalarAsync(Ct)}");
        }
        return result;
    }
}
