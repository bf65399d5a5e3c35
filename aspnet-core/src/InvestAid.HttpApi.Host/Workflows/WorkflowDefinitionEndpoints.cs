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
        group.MapPost("", UploadWorkflowDefinition)
            .RequireAuthorization(Permissions.Workflows.ManageDefinitions)
            .Accepts<string>("text/xml", "application/xml", "multipart/form-data")
            .ProducesProblem(400).ProducesProblem(413).ProducesProblem(415);
        group.MapGet("", ListWorkflowDefinitions).RequireAuthorization(Permissions.Workflows.Default);
        group.MapGet("/{key}/versions/{version:int}/xml", GetWorkflowDefinitionXml)
            .RequireAuthorization(Permissions.Workflows.Default).Produces<string>(200, "application/xml").ProducesProblem(404);
        group.MapGet("/{key}/start-form", GetWorkflowStartForm)
            .RequireAuthorization(Permissions.Workflows.StartInstances).Produces<Decisions.ResolvedFormDto>().Produces(204).ProducesProblem(404).ProducesProblem(422);
        group.MapPost("/{key}/publish", PublishWorkflowDefinition)
            .RequireAuthorization(Permissions.Workflows.ManageDefinitions).ProducesProblem(409);
        group.MapGet("/{key}/versions/{version:int}/bindings", GetWorkflowDefinitionBindings)
            .RequireAuthorization(Permissions.Workflows.ManageDefinitions).ProducesProblem(404);
        group.MapGet("/{key}/versions/{version:int}/bindable", GetWorkflowDefinitionBindable)
            .RequireAuthorization(Permissions.Workflows.ManageDefinitions).ProducesProblem(404);
        group.MapPut("/{key}/versions/{version:int}/bindings", SetWorkflowDefinitionBindings)
            .RequireAuthorization(Permissions.Administration.Default).ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        group.MapPost("/{key}/versions/{version:int}/retire", RetireWorkflowDefinition)
            .RequireAuthorization(Permissions.Workflows.ManageDefinitions).ProducesProblem(404).ProducesProblem(409);
    }

    /// <summary>
    /// The start form (Camunda Form) of the version a start would follow: <c>version</c>, else the version in force on <c>on</c> (default today);
    /// 204 when its start event has no form. The start itself holds the variables to the same form (400 naming the field).
    /// </summary>
    public static async Task<IResult> GetWorkflowStartForm(
        string key, [FromQuery] int? version, [FromQuery] DateOnly? on, WorkflowAppService workflows, CancellationToken cancellationToken) =>
        await workflows.StartFormAsync(key, version, on, cancellationToken) is { } form ? TypedResults.Ok(form) : TypedResults.NoContent();

    /// <summary>
    /// Uploads a BPMN 2.0 model (text/xml body, or the first file of a multipart form, at most 5 MB) as a draft:
    /// the next version of the process id's key. The legal basis and the dates it is in force go in the query.
    /// </summary>
    public static async Task<Created<WorkflowDefinitionDto>> UploadWorkflowDefinition(
        HttpRequest request, WorkflowDefinitionService definitions,
        [FromQuery] string? legalBasis, [FromQuery] DateOnly? effectiveFrom, [FromQuery] DateOnly? effectiveTo, CancellationToken cancellationToken)
    {
        var xml = await XmlUpload.ReadAsync(request, "the model", "A model", cancellationToken);
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

    /// <summary>The administrator's bindings stored with the version (element id → handler, or <c>topic:&lt;name&gt;</c>).</summary>
    public static async Task<Ok<WorkflowBindingsDto>> GetWorkflowDefinitionBindings(
        string key, int version, WorkflowDefinitionService definitions, CancellationToken cancellationToken) =>
        TypedResults.Ok(await definitions.GetBindingsAsync(key, version, cancellationToken));

    /// <summary>The elements of the version that run code, as drawn, with their bindings, and the handlers they can be bound to.</summary>
    public static async Task<Ok<WorkflowBindableDto>> GetWorkflowDefinitionBindable(
        string key, int version, WorkflowDefinitionService definitions, CancellationToken cancellationToken) =>
        TypedResults.Ok(await definitions.GetBindableAsync(key, version, cancellationToken));

    /// <summary>
    /// Administrators only, before publishing: binds the draft's elements that run Java code in Camunda (camunda:class,
    /// delegateExpression, expression, connectors) or have no implementation to one of our handlers or to an
    /// external-task topic (<c>topic:&lt;name&gt;</c>); the bindings replace the draft's previous ones and stay with the version.
    /// </summary>
    public static async Task<Ok<WorkflowBindingsDto>> SetWorkflowDefinitionBindings(
        string key, int version, [FromBody] WorkflowBindingsDto request, WorkflowDefinitionService definitions, CancellationToken cancellationToken) =>
        TypedResults.Ok(await definitions.SetBindingsAsync(key, version, request, cancellationToken));

    public static async Task<Ok<WorkflowDefinitionDto>> RetireWorkflowDefinition(
        string key, int version, WorkflowDefinitionService definitions, CancellationToken cancellationToken) =>
        TypedResults.Ok(await definitions.RetireAsync(key, version, cancellationToken));
}
