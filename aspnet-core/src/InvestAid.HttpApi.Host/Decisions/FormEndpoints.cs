using System.Text;
using InvestAid.Decisions.Forms;
using InvestAid.Hosting;
using InvestAid.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace InvestAid.Decisions;

/// <summary>Camunda Forms (form-js JSON) beside the procedure models: upload drafts, publish versions, download.</summary>
public sealed class FormEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var forms = app.MapGroup("/api/v1/forms").WithTags("Forms");
        forms.MapPost("", UploadForm)
            .RequireAuthorization(Permissions.Workflows.ManageDefinitions)
            .Accepts<string>("application/json", "multipart/form-data")
            .ProducesProblem(400).ProducesProblem(409).ProducesProblem(412).ProducesProblem(413).ProducesProblem(415);
        forms.MapGet("", ListForms).RequireAuthorization(Permissions.Workflows.Default);
        forms.MapGet("/{key}/versions/{version:int}/schema", GetFormSchema)
            .RequireAuthorization(Permissions.Workflows.Default).Produces<string>(200, "application/json").ProducesProblem(404);
        forms.MapPost("/{key}/publish", PublishForm)
            .RequireAuthorization(Permissions.Workflows.ManageDefinitions).ProducesProblem(409);
    }

    /// <summary>
    /// Uploads a form-js schema (application/json body or a multipart <c>.form</c> file, at most 5 MB) as a draft: the next version
    /// of its id. With <c>If-Match</c> (the version the editor opened, "0" for a new form) a newer version saved since → 412.
    /// A malformed file → 400 naming the component; nothing stored.
    /// </summary>
    public static async Task<Created<FormDefinitionDto>> UploadForm(HttpRequest request, FormDefinitionService forms, CancellationToken cancellationToken)
    {
        var (json, fileName) = await XmlUpload.ReadFileAsync(request, "the form", "A form", json: true, cancellationToken);
        var created = await forms.UploadDraftAsync(json, fileName, request.IfMatch(), cancellationToken);
        return TypedResults.Created($"/api/v1/forms/{created.Key}/versions/{created.Version}/schema", created);
    }

    public static async Task<Ok<IReadOnlyList<FormDefinitionDto>>> ListForms([FromQuery] string? key, FormDefinitionService forms, CancellationToken cancellationToken) =>
        TypedResults.Ok(await forms.ListAsync(key, cancellationToken));

    public static async Task<IResult> GetFormSchema(string key, int version, FormDefinitionService forms, CancellationToken cancellationToken) =>
        Results.Text(await forms.GetSchemaAsync(key, version, cancellationToken), "application/json", Encoding.UTF8);

    public static async Task<Ok<FormDefinitionDto>> PublishForm(string key, FormDefinitionService forms, CancellationToken cancellationToken) =>
        TypedResults.Ok(await forms.PublishAsync(key, cancellationToken));
}
