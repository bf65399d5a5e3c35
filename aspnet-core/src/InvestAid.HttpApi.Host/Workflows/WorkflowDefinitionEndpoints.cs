using System.Text;
using InvestAid.Hosting;
using InvestAid.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace InvestAid.Workflows;

/// <summary>Procedure models: upload drafts, publish immutable versions, retire them, download the XML.</summary>
public sealed class WorkflowDefinitionEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/workflow-definitions").WithTags("Workflow definitions");
        group.MapPost("", UploadWorkflowDefinition).WithName(nameof(UploadWorkflowDefinition))
            .RequireAuthorization(Permissions.Workflows.ManageDefinitions)
            .Accepts<string>("text/xml", "application/xml", "multipart/form-data")
            .ProducesProblem(400).ProducesProblem(413).ProducesProblem(415);
        group.MapGet("", ListWorkflowDefinitions).WithName(nameof(ListWorkflowDefinitions)).RequireAuthorization(Permissions.Workflows.Default);
        group.MapGet("/{key}/versions/{version:int}/xml", GetWorkflowDefinitionXml).WithName(nameof(GetWorkflowDefinitionXml))
            .RequireAuthorization(Permissions.Workflows.Default).Produces<string>(200, "application/xml").ProducesProblem(404);
        group.MapPost("/{key}/publish", PublishWorkflowDefinition).WithName(nameof(PublishWorkflowDefinition))
            .RequireAuthorization(Permissions.Workflows.ManageDefinitions).ProducesProblem(409);
        group.MapPost("/{key}/versions/{version:int}/retire", RetireWorkflowDefinition).WithName(nameof(RetireWorkflowDefinition))
            .RequireAuthorization(Permissions.Workflows.ManageDefinitions).ProducesProblem(404).ProducesProblem(409);
    }

    /// <summary>
    /// Uploads a BPMN 2.0 model (text/xml body, or the first file of a multipart form, at most 5 MB) as a draft:
    /// the next version of the process id's key. The legal basis and the dates it is in force go in the query.
    /// </summary>
    public static async Task<Created<WorkflowDefinitionDto>> UploadWorkflowDefinition(
        HttpRequest request, WorkflowDefinitionService definitions,
        [FromQuery] string? legalBasis, [FromQuery] DateOnly? effectiveFrom, [FromQuery] DateOnly? effectiveTo, CancellationToken cancellationToken)
    {
        var xml = await ReadModelAsync(request, cancellationToken);
        var created = await definitions.UploadDraftAsync(xml, legalBasis, effectiveFrom, effectiveTo, cancellationToken);
        return TypedResults.Created($"/api/v1/workflow-definitions/{created.Key}/versions/{created.Version}/xml", created);
    }

    public static async Task<Ok<IReadOnlyList<WorkflowDefinitionDto>>> ListWorkflowDefinitions(
        [FromQuery] string? key, WorkflowDefinitionService definitions, CancellationToken cancellationToken) =>
        TypedResults.Ok(await definitions.ListAsync(key, cancellationToken));

    public static async Task<IResult> GetWorkflowDefinitionXml(string key, int version, WorkflowDefinitionService definitions, CancellationToken cancellationToken) =>
        Results.Text(await definitions.GetXmlAsync(key, version, cancellationToken), "application/xml", Encoding.UTF8);

    /// <summary>Publishes the latest draft of the key as an immutable version.</summary>
    public static async Task<Ok<WorkflowDefinitionDto>> PublishWorkflowDefinition(string key, WorkflowDefinitionService definitions, CancellationToken cancellationToken) =>
        TypedResults.Ok(await definitions.PublishAsync(key, cancellationToken));

    public static async Task<Ok<WorkflowDefinitionDto>> RetireWorkflowDefinition(
        string key, int version, WorkflowDefinitionService definitions, CancellationToken cancellationToken) =>
        TypedResults.Ok(await definitions.RetireAsync(key, version, cancellationToken));

    private static async Task<string> ReadModelAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > WorkflowConsts.MaxModelBytes)
        {
            throw TooLarge();
        }

        Stream source;
        if (request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(cancellationToken);
            }
            catch (InvalidDataException bad)
            {
                // A malformed multipart body (bad Content-Disposition, headers over the limit) is the client's error.
                throw new BadHttpRequestException($"The form could not be read: {bad.Message}", StatusCodes.Status400BadRequest);
            }
            var file = form.Files.Count > 0 ? form.Files[0] : throw new BadHttpRequestException("The form has no file.", 400);
            source = file.Length > WorkflowConsts.MaxModelBytes ? throw TooLarge() : file.OpenReadStream();
        }
        else if (request.ContentType is { } type && (type.StartsWith("text/xml", StringComparison.OrdinalIgnoreCase)
                 || type.StartsWith("application/xml", StringComparison.OrdinalIgnoreCase)
                 || type.StartsWith("application/octet-stream", StringComparison.OrdinalIgnoreCase)))
        {
            source = request.Body;
        }
        else
        {
            throw new BadHttpRequestException("Send the model as text/xml, application/xml or a multipart form file.", 415);
        }

        // Counted as read: a chunked body has no Content-Length to check first.
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > WorkflowConsts.MaxModelBytes)
            {
                throw TooLarge();
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        using var text = new StreamReader(buffer, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return await text.ReadToEndAsync(cancellationToken);
    }

    private static BadHttpRequestException TooLarge() =>
        new($"A model may be at most {WorkflowConsts.MaxModelBytes / 1024 / 1024} MB.", StatusCodes.Status413PayloadTooLarge);
}
