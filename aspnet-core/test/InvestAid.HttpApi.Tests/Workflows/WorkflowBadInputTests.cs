using System.Net;
using System.Net.Http.Json;
using System.Text;
using AwesomeAssertions;
using InvestAid.Errors;
using InvestAid.TestBase;
using InvestAid.Workflows;
using Npgsql;
using static InvestAid.HttpApi.Workflows.WorkflowApi;

namespace InvestAid.HttpApi.Workflows;

/// <summary>Hostile or broken models: each is a clear 4xx, nothing is half-written, and the host keeps serving.</summary>
public sealed class WorkflowBadInputTests(ApiFactory factory)
{
    [Fact]
    public async Task Malformed_xml_is_400_naming_the_line()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");

        var response = await officer.UploadAsync("<bpmn:definitions>\n<unclosed>");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, WorkflowErrorCodes.InvalidModel);
        problem.GetProperty("bpmnErrors")[0].GetProperty("line").GetInt32().Should().BeGreaterThan(0);
        await StillServesAsync(officer);
    }

    [Fact]
    public async Task An_unsupported_element_is_400_with_its_id_and_line()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var key = Models.UniqueKey("bad");
        var xml = Models.Wrap(key, "<bpmn:startEvent id=\"start\" />\n<bpmn:sendTask id=\"mail\" />\n<bpmn:endEvent id=\"end\" />\n" +
            "<bpmn:sequenceFlow id=\"f1\" sourceRef=\"start\" targetRef=\"mail\" />\n<bpmn:sequenceFlow id=\"f2\" sourceRef=\"mail\" targetRef=\"end\" />");

        var problem = await (await officer.UploadAsync(xml)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, WorkflowErrorCodes.InvalidModel);

        problem.GetProperty("bpmnErrors").EnumerateArray().Should().Contain(e => e.GetProperty("elementId").GetString() == "mail" && e.GetProperty("line").GetInt32() == 5);
        (await CountAsync("SELECT count(*) FROM workflow_definitions WHERE key = $1", key)).Should().Be(0);
    }

    [Theory]
    [InlineData("""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><lolz>&lol3;</lolz>""")]
    [InlineData("""<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><foo>&xxe;</foo>""")]
    public async Task A_document_type_declaration_is_refused(string xml)
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");

        var problem = await (await officer.UploadAsync(xml)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, WorkflowErrorCodes.InvalidModel);

        problem.ToString().Should().NotContain("root:");
        await StillServesAsync(officer);
    }

    [Fact]
    public async Task A_50_MB_upload_is_413_and_stores_nothing()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var huge = new ByteArrayContent(new byte[50 * 1024 * 1024]);
        huge.Headers.ContentType = new("text/xml");

        var response = await officer.PostAsync("/api/v1/workflow-definitions", huge, Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, ErrorCodes.PayloadTooLarge);
        // Other tests upload definitions in parallel, so look for this one by its size, not by a total.
        (await CountAsync("SELECT count(*) FROM workflow_definitions WHERE octet_length(xml) > 5 * 1024 * 1024")).Should().Be(0);
        await StillServesAsync(officer);
    }

    [Fact]
    public async Task A_6_MB_upload_without_content_length_is_413()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var stream = new StreamContent(new MemoryStream(new byte[6 * 1024 * 1024]));
        stream.Headers.ContentType = new("application/xml");
        stream.Headers.ContentLength = null;
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/workflow-definitions") { Content = stream };
        request.Headers.TransferEncodingChunked = true;

        await (await officer.SendAsync(request, Ct)).ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, ErrorCodes.PayloadTooLarge);
    }

    [Theory]
    [InlineData("while (true) {}")]
    [InlineData("var a = []; while (true) { a.push('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' + a.length); }")]
    [InlineData("throw new Error('boom');")]
    public async Task A_script_that_never_ends_runs_out_of_memory_or_throws_is_422_and_starts_nothing(string script)
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var key = Models.UniqueKey("script");
        await officer.PublishAsync(Models.Script(key, script));

        var response = await officer.PostAsJsonAsync("/api/v1/workflow-instances", new StartInstanceRequest(key, null), Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, WorkflowErrorCodes.ScriptFailed);
        (await CountAsync("SELECT count(*) FROM workflow_instances WHERE definition_key = $1", key)).Should().Be(0);
        await StillServesAsync(officer);
    }

    [Fact]
    public async Task A_condition_that_throws_is_422_and_starts_nothing()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var key = Models.UniqueKey("cond");
        await officer.PublishAsync(Models.ThrowingCondition(key));

        var response = await officer.PostAsJsonAsync("/api/v1/workflow-instances", new StartInstanceRequest(key, null), Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, WorkflowErrorCodes.ScriptFailed);
        (await CountAsync("SELECT count(*) FROM workflow_instances WHERE definition_key = $1", key)).Should().Be(0);
        (await CountAsync("SELECT count(*) FROM workflow_tasks t JOIN workflow_instances i ON i.id = t.instance_id WHERE i.definition_key = $1", key)).Should().Be(0);
    }

    private async Task<long> CountAsync(string sql, params object[] values)
    {
        await using var conn = new NpgsqlConnection(factory.Database.ConnectionString);
        await conn.OpenAsync(Ct);
        await using var cmd = new NpgsqlCommand(sql, conn);
        foreach (var value in values)
        {
            cmd.Parameters.AddWithValue(value);
        }

        return (long)(await cmd.ExecuteScalarAsync(Ct))!;
    }

    private static async Task StillServesAsync(HttpClient client) =>
        (await client.GetAsync("/api/v1/workflow-definitions", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
}
