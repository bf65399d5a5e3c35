using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace InvestAid.Benchmarks.Faults;

/// <summary>The API calls the scenarios make: dossiers, task completions with an Idempotency-Key, uploads, models published and started.</summary>
public static class FaultRequests
{
    public static string Today => DateOnly.FromDateTime(DateTime.Today).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static object StartDossierBody(string today) => new
    {
        procedureKey = "ngo-aid-approval", receivedOn = today, applicant = new { name = "Nguyễn Văn An", contact = "0912 345 678" },
        variables = new { agencies = new[] { "STC" } },
    };

    /// <summary>Starts an NGO dossier on a project that has none yet and records it as acknowledged; null when none is left.</summary>
    public static async Task<Guid?> StartDossierAsync(FaultContext context, HttpClient officer)
    {
        if (!context.FreshNgo.TryDequeue(out var project))
        {
            return null;
        }
        using var response = await officer.PostAsJsonAsync($"/api/v1/projects/{project}/dossiers", StartDossierBody(Today));
        response.EnsureSuccessStatusCode();
        var d = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = d.GetProperty("id").GetGuid();
        context.Acks.Dossiers.Add(id);
        context.Acks.Instances.Add(d.GetProperty("workflowInstanceId").GetGuid());
        return id;
    }

    /// <summary>
    /// The required fields of the shipped procedures' forms (<c>Procedures/Forms</c>) at the steps that have them: the completeness
    /// checklist and the appraisal findings; none elsewhere.
    /// </summary>
    public static object? FormValues(string? elementId) => elementId switch
    {
        "check" => new { receivedDocuments = new[] { "request", "proposal" } },
        "draft" => new { appraisalFindings = "Hồ sơ đáp ứng các điều kiện theo quy định." },
        _ => null,
    };

    /// <summary>A task completion with its Idempotency-Key, and the form values of <paramref name="elementId"/>'s form when it has one.</summary>
    public static HttpRequestMessage CompleteRequest(string taskId, string? outcome, string key, string? elementId = null)
    {
        const string comment = "Đồng ý (kiểm thử lỗi)";
        var variables = FormValues(elementId);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/tasks/{Uri.EscapeDataString(taskId)}/complete")
        {
            Content = variables is null ? JsonContent.Create(new { outcome, comment }) : JsonContent.Create(new { outcome, comment, variables }),
        };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    public static async Task<(int Status, string Body, string Sha256, bool Problem)> UploadAsync(HttpClient client, Guid dossier, Random rng, int bytes, string fileName)
    {
        var content = Pdf(rng, bytes);
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", fileName);
        using var response = await client.PostAsync($"/api/v1/dossiers/{dossier}/documents", form);
        var body = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, body, sha, response.Content.Headers.ContentType?.MediaType == "application/problem+json");
    }

    /// <summary>
    /// A one-page PDF of about <paramref name="bytes"/> bytes that the upload's content checks accept (catalog, page tree, cross-references),
    /// different every time: its page's content stream is comment lines of random hex digits.
    /// </summary>
    public static byte[] Pdf(Random rng, int bytes)
    {
        var filler = new StringBuilder();
        while (filler.Length < Math.Max(0, bytes - 420))
        {
            filler.Append("% ").Append(Convert.ToHexString(RandomBytes(rng, 38))).Append('\n');
        }
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            $"<< /Length {filler.Length} >>\nstream\n{filler}\nendstream",
        };
        var pdf = new StringBuilder("%PDF-1.7\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    private static byte[] RandomBytes(Random rng, int count)
    {
        var b = new byte[count];
        rng.NextBytes(b);
        return b;
    }

    /// <summary>A BPMN document with one process of the given key around the given elements.</summary>
    public static string Wrap(string key, string body) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:ia="http://investaid.vn/schema/bpmn" id="defs" targetNamespace="http://investaid.vn/faults">
        <bpmn:process id="{key}" name="Kiểm thử lỗi {key}" isExecutable="true">
        {body}
        </bpmn:process>
        </bpmn:definitions>
        """;

    public static async Task PublishAsync(HttpClient client, string xml)
    {
        using var upload = await client.PostAsync("/api/v1/workflow-definitions", new StringContent(xml, Encoding.UTF8, "text/xml"));
        if (!upload.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"upload {(int)upload.StatusCode}: {await upload.Content.ReadAsStringAsync()}");
        }
        var key = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString();
        using var publish = await client.PostAsync($"/api/v1/workflow-definitions/{key}/publish", null);
        if (!publish.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"publish {(int)publish.StatusCode}: {await publish.Content.ReadAsStringAsync()}");
        }
    }

    public static async Task<Guid> StartInstanceAsync(HttpClient client, string key, string businessKey)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/workflow-instances", new { definitionKey = key, businessKey });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"start {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Sends again, each with its own Idempotency-Key, the completions whose answer was lost; records the 2xx ones. Returns (sent, 2xx).</summary>
    public static async Task<(int Retried, int Ok)> RetryCompletionsAsync(FaultContext context, IEnumerable<PendingCompletion> pending, bool logFailures)
    {
        var retried = 0;
        var ok = 0;
        foreach (var p in pending)
        {
            retried++;
            using var response = await context.Client(p.User).SendAsync(CompleteRequest(p.TaskId, p.Outcome, p.Key, p.ElementId));
            if (response.IsSuccessStatusCode)
            {
                ok++;
                var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
                context.Acks.Completions.Add((receipt.GetProperty("instanceId").GetGuid(), receipt.GetProperty("taskId").GetString()!));
            }
            else if (logFailures)
            {
                context.Log($"retry of {p.TaskId} with its key: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }
        return (retried, ok);
    }
}
