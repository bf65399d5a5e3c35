using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using InvestAid.Decisions;
using InvestAid.Errors;
using InvestAid.TestBase;
using InvestAid.Workflows;
using Npgsql;
using static InvestAid.HttpApi.Workflows.WorkflowApi;

namespace InvestAid.HttpApi.Decisions;

/// <summary>DMN files uploaded and versioned beside the models, evaluated for testing and by business rule tasks.</summary>
public sealed class DecisionApiTests(ApiFactory factory)
{
    private static string Authority(string modelKey, string decisionKey, string large = "ppc") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="{modelKey}" name="Thẩm quyền phê duyệt" namespace="http://investaid.vn/dmn">
          <decision id="{decisionKey}" name="Approving authority">
            <decisionTable id="t" hitPolicy="UNIQUE">
              <input id="amount" label="Aid amount (USD)"><inputExpression typeRef="number"><text>aidAmountUsd</text></inputExpression></input>
              <output id="authority" name="authority" typeRef="string" />
              <rule id="small"><inputEntry><text>&lt; thresholdUsd</text></inputEntry><outputEntry><text>"department"</text></outputEntry></rule>
              <rule id="large"><inputEntry><text>&gt;= thresholdUsd</text></inputEntry><outputEntry><text>"{large}"</text></outputEntry></rule>
            </decisionTable>
          </decision>
        </definitions>
        """;

    private static Task<HttpResponseMessage> UploadDmnAsync(HttpClient client, string xml) =>
        client.PostAsync("/api/v1/decision-models", new StringContent(xml, Encoding.UTF8, "text/xml"), Ct);

    private static async Task<DecisionModelDto> PublishDmnAsync(HttpClient client, string xml)
    {
        var upload = await UploadDmnAsync(client, xml);
        upload.StatusCode.Should().Be(HttpStatusCode.Created, await upload.Content.ReadAsStringAsync(Ct));
        var created = (await upload.Content.ReadFromJsonAsync<DecisionModelDto>(Ct))!;
        var publish = await client.PostAsync($"/api/v1/decision-models/{created.Key}/publish", null, Ct);
        publish.StatusCode.Should().Be(HttpStatusCode.OK, await publish.Content.ReadAsStringAsync(Ct));
        return (await publish.Content.ReadFromJsonAsync<DecisionModelDto>(Ct))!;
    }

    private static Task<HttpResponseMessage> EvaluateAsync(HttpClient client, string decisionKey, object body) =>
        client.PostAsJsonAsync($"/api/v1/decisions/{decisionKey}/evaluate", body, Ct);

    [Fact]
    public async Task Files_are_versioned_and_evaluated_with_the_matched_rules()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var modelKey = Workflows.Models.UniqueKey("dmn");
        var decisionKey = Workflows.Models.UniqueKey("authority");

        var v1 = await PublishDmnAsync(officer, Authority(modelKey, decisionKey));
        var v2 = await PublishDmnAsync(officer, Authority(modelKey, decisionKey, large: "ministry"));
        v1.Version.Should().Be(1);
        v2.Version.Should().Be(2);
        v2.DecisionKeys.Should().Equal(decisionKey);
        v2.Name.Should().Be("Thẩm quyền phê duyệt");

        var latest = await EvaluateAsync(officer, decisionKey, new { variables = new { aidAmountUsd = 250_000, thresholdUsd = 200_000 } });
        latest.StatusCode.Should().Be(HttpStatusCode.OK, await latest.Content.ReadAsStringAsync(Ct));
        var body = (await latest.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        body["version"]!.GetValue<int>().Should().Be(2);
        body["result"]![0]!["authority"]!.GetValue<string>().Should().Be("ministry");
        body["evaluated"]![0]!["matchedRules"]![0]!["id"]!.GetValue<string>().Should().Be("large");
        body["evaluated"]![0]!["inputs"]![0]!["value"]!.GetValue<decimal>().Should().Be(250_000m);

        var pinned = (await (await EvaluateAsync(officer, decisionKey, new { version = 1, variables = new { aidAmountUsd = 250_000, thresholdUsd = 200_000 } }))
            .Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        pinned["result"]![0]!["authority"]!.GetValue<string>().Should().Be("ppc");

        var xml = await officer.GetStringAsync($"/api/v1/decision-models/{modelKey}/versions/1/xml", Ct);
        xml.Should().Contain("\"ppc\"");
        var list = await officer.GetFromJsonAsync<List<DecisionModelDto>>($"/api/v1/decision-models?key={modelKey}", Ct);
        list!.Select(m => m.Version).Should().Equal(1, 2);
    }

    [Fact]
    public async Task An_unsaved_file_from_the_editor_can_be_tested_and_is_not_stored()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var modelKey = Workflows.Models.UniqueKey("dmn");
        var response = await EvaluateAsync(officer, "unsaved", new { xml = Authority(modelKey, "unsaved"), variables = new { aidAmountUsd = 10, thresholdUsd = 200_000 } });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        (await CountAsync(modelKey)).Should().Be(0);
    }

    [Fact]
    public async Task A_malformed_file_or_feel_outside_the_subset_is_400_naming_the_element_and_stores_nothing()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var modelKey = Workflows.Models.UniqueKey("dmn");

        var broken = await UploadDmnAsync(officer, "<definitions");
        await broken.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);

        var feel = Authority(modelKey, "x").Replace("&lt; thresholdUsd", "for x in [1] return x", StringComparison.Ordinal);
        var problem = await (await UploadDmnAsync(officer, feel)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        problem.GetProperty("errors").GetProperty("small")[0].GetString().Should().Contain("outside the supported FEEL subset");
        (await CountAsync(modelKey)).Should().Be(0);

        var dtd = await UploadDmnAsync(officer, """<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><foo>&xxe;</foo>""");
        (await dtd.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed)).ToString().Should().NotContain("root:");
    }

    [Fact]
    public async Task No_matching_rule_under_unique_is_422_naming_the_decision_and_unknown_decisions_are_404()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var modelKey = Workflows.Models.UniqueKey("dmn");
        var decisionKey = Workflows.Models.UniqueKey("authority");
        await PublishDmnAsync(officer, Authority(modelKey, decisionKey));

        var none = await EvaluateAsync(officer, decisionKey, new { variables = new { aidAmountUsd = 250_000 } });
        var problem = await none.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "decision.no-result");
        problem.GetProperty("detail").GetString().Should().Contain($"Decision '{decisionKey}'").And.Contain("no rule matches");

        (await EvaluateAsync(officer, "no-such-decision", new { variables = new { } })).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_officers_and_admins_manage_decision_files()
    {
        var viewer = await factory.CreateClientAsAsync("viewer@investaid.local");
        (await UploadDmnAsync(viewer, Authority("x", "y"))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await EvaluateAsync(viewer, "y", new { variables = new { } })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_business_rule_task_runs_the_published_decision_and_its_evaluation_shows_in_the_instance_history()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var decisionKey = Workflows.Models.UniqueKey("authority");
        await PublishDmnAsync(officer, Authority(Workflows.Models.UniqueKey("dmn"), decisionKey));
        var processKey = Workflows.Models.UniqueKey("brt");
        await officer.PublishAsync($$"""
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="http://investaid.vn/test">
            <bpmn:process id="{{processKey}}" isExecutable="true">
              <bpmn:startEvent id="start" />
              <bpmn:businessRuleTask id="decide" camunda:decisionRef="{{decisionKey}}" camunda:mapDecisionResult="singleEntry" camunda:resultVariable="authority">
                <bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name="thresholdUsd">${200000}</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements>
              </bpmn:businessRuleTask>
              <bpmn:userTask id="approve" camunda:candidateGroups="officer" />
              <bpmn:endEvent id="end" />
              <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="decide" />
              <bpmn:sequenceFlow id="f2" sourceRef="decide" targetRef="approve" />
              <bpmn:sequenceFlow id="f3" sourceRef="approve" targetRef="end" />
            </bpmn:process>
            </bpmn:definitions>
            """);

        var instance = await officer.StartAsync(new StartInstanceRequest(processKey, "dossier-brt", new Dictionary<string, System.Text.Json.JsonElement> { ["aidAmountUsd"] = System.Text.Json.JsonSerializer.SerializeToElement(150_000) }));

        instance.Variables["authority"]!.GetValue<string>().Should().Be("department");
        var fetched = await officer.GetInstanceAsync(instance.Id);
        var decision = fetched.History.Single(h => h.ActivityId == "decide").Decision!;
        decision["version"]!.GetValue<int>().Should().Be(1);
        decision["evaluated"]![0]!["matchedRules"]![0]!["id"]!.GetValue<string>().Should().Be("small");
        decision["evaluated"]![0]!["inputs"]![0]!["value"]!.GetValue<decimal>().Should().Be(150_000m);
    }

    private async Task<long> CountAsync(string modelKey)
    {
        await using var connection = new NpgsqlConnection(factory.Database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var cmd = new NpgsqlCommand("SELECT count(*) FROM decision_models WHERE key = $1", connection) { Parameters = { new() { Value = modelKey } } };
        return (long)(await cmd.ExecuteScalarAsync(Ct))!;
    }
}
