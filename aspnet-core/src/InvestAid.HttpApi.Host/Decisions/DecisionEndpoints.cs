using System.Text;
using InvestAid.Hosting;
using InvestAid.Identity;
using InvestAid.Workflows;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace InvestAid.Decisions;

/// <summary>DMN decision files beside the procedure models: upload drafts, publish versions, download, test-evaluate.</summary>
public sealed class DecisionEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var models = app.MapGroup("/api/v1/decision-models").WithTags("Decisions");
        models.MapPost("", UploadDecisionModel)
            .RequireAuthorization(Permissions.Workflows.ManageDefinitions)
            .Accepts<string>("text/xml", "application/xml", "multipart/form-data")
            .ProducesProblem(400).ProducesProblem(413).ProducesProblem(415);
        models.MapGet("", ListDecisionModels).RequireAuthorization(Permissions.Workflows.Default);
        models.MapGet("/{key}/versions/{version:int}/xml", GetDecisionModelXml)
            .RequireAuthorization(Permissions.Workflows.Default).Produces<string>(200, "application/xml").ProducesProblem(404);
        models.MapPost("/{key}/publish", PublishDecisionModel)
            .RequireAuthorization(Permissions.Workflows.ManageDefinitions).ProducesProblem(409);
        app.MapPost("/api/v1/decisions/{key}/evaluate", EvaluateDecision).WithTags("Decisions")
            .RequireAuthorization(Permissions.Workflows.ManageDefinitions).ProducesProblem(400).ProducesProblem(404).ProducesProblem(422);
    }

    /// <summary>Uploads a DMN 1.3 file (text/xml body or a multipart file, at most 5 MB) as a draft: the next version of its definitions id.</summary>
    public static async Task<Created<DecisionModelDto>> UploadDecisionModel(HttpRequest request, DecisionModelService decisions, CancellationToken cancellationToken)
    {
        var xml = await XmlUpload.ReadAsync(request, "the DMN file", "A DMN file", cancellationToken);
        var created = await decisions.UploadDraftAsync(xml, cancellationToken);
        return TypedResults.Created($"/api/v1/decision-models/{created.Key}/versions/{created.Version}/xml", created);
    }

    public static async Task<Ok<IReadOnlyList<DecisionModelDto>>> ListDecisionModels([FromQuery] string? key, DecisionModelService decisions, CancellationToken cancellationToken) =>
        TypedResults.Ok(await decisions.ListAsync(key, cancellationToken));

    public static async Task<IResult> GetDecisionModelXml(string key, int version, DecisionModelService decisions, CancellationToken cancellationToken) =>
        Results.Text(await decisions.GetXmlAsync(key, version, cancellationToken), "application/xml", Encoding.UTF8);

    public static async Task<Ok<DecisionModelDto>> PublishDecisionModel(string key, DecisionModelService decisions, CancellationToken cancellationToken) =>
        TypedResults.Ok(await decisions.PublishAsync(key, cancellationToken));

    /// <summary>Evaluates a decision for testing: the rows, and per decision the inputs, matched rules and outputs. Nothing is stored.</summary>
    public static async Task<Ok<DecisionEvaluationDto>> EvaluateDecision(
        string key, EvaluateDecisionRequest request, DecisionModelService decisions, CancellationToken cancellationToken) =>
        TypedResults.Ok(await decisions.EvaluateAsync(key, request, cancellationToken));
}
