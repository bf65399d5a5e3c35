using System.Text.Json.Nodes;
using FluentValidation;
using FluentValidation.Results;
using InvestAid.Common;
using InvestAid.Workflows;

namespace InvestAid.Decisions.Forms;

/// <summary>
/// Camunda Forms (form-js schemas) beside the models: upload a draft (read first; a malformed file is refused naming its
/// component, nothing stored), publish it as an immutable version, download it.
/// </summary>
public sealed class FormDefinitionService(IFormDefinitionRepository repository, TimeProvider clock)
{
    public const int MaxSchemaLength = 1_000_000;

    /// <param name="fileName">The uploaded file's name (what <c>camunda-forms:deployment:</c> keys name); default <c>&lt;id&gt;.form</c>.</param>
    /// <param name="ifMatch">
    /// When given, the version of the key the editor started from ("0" for a new form): a newer version saved since → 412.
    /// </param>
    /// <exception cref="ValidationException">The file is not a form the server can check submissions against; names the component.</exception>
    public async Task<FormDefinitionDto> UploadDraftAsync(string json, string? fileName, string? ifMatch, CancellationToken cancellationToken)
    {
        var file = string.IsNullOrWhiteSpace(fileName) ? null : Path.GetFileName(fileName.Trim());
        var schema = Parse(json, file is null ? null : Path.GetFileNameWithoutExtension(file));
        if (ifMatch is not null)
        {
            var expected = RecordVersion.Parse(ifMatch);
            var latest = (await repository.ListAsync(schema.Id, cancellationToken)).Select(f => f.Version).DefaultIfEmpty(0).Max();
            if (latest != expected)
            {
                throw new PreconditionFailedException(missing: false);
            }
        }

        file ??= schema.Id + ".form";
        if (file.Length > 200 || schema.Id.Length > 200)
        {
            throw new ValidationException([new ValidationFailure("fileName", "The file name or the form's id is longer than 200 characters.")]);
        }

        var draft = new FormDefinitionInfo(schema.Id, 0, DeployedFile.Draft, Title(json), file, [.. schema.Fields.Select(f => f.Key)], clock.GetUtcNow(), null);
        return (await repository.AddDraftAsync(draft, json, cancellationToken)).ToDto();
    }

    public async Task<IReadOnlyList<FormDefinitionDto>> ListAsync(string? key, CancellationToken cancellationToken) =>
        [.. (await repository.ListAsync(key, cancellationToken)).Select(f => f.ToDto())];

    public async Task<string> GetSchemaAsync(string key, int version, CancellationToken cancellationToken) =>
        await repository.FindSchemaAsync(key, version, cancellationToken) ?? throw new NotFoundException("biểu mẫu", $"{key} v{version}");

    /// <summary>Publishes the latest draft of the form; from then on that version never changes.</summary>
    public async Task<FormDefinitionDto> PublishAsync(string key, CancellationToken cancellationToken)
    {
        var draft = DeployedFile.LatestDraft(await repository.ListAsync(key, cancellationToken), key, f => f.Status, f => f.Version);
        var now = clock.GetUtcNow();
        if (!await repository.PublishAsync(key, draft.Version, now, cancellationToken))
        {
            throw new ConcurrencyException(Guid.Empty, draft.Version);
        }

        return (draft with { Status = DeployedFile.Published, PublishedAt = now }).ToDto();
    }

    private static FormSchema Parse(string json, string? defaultId)
    {
        if (json.Length > MaxSchemaLength)
        {
            throw new ValidationException([new ValidationFailure("file", "The form file is larger than 1 MB.")]);
        }

        try
        {
            return FormSchema.Parse(json, defaultId);
        }
        catch (FormSchemaException e)
        {
            throw new ValidationException([new ValidationFailure(e.ComponentId ?? "file", e.Message)]);
        }
    }

    /// <summary>The form's title: its first text component's first line, without Markdown heading marks.</summary>
    private static string? Title(string json)
    {
        var text = (JsonNode.Parse(json)?["components"] as JsonArray)?
            .FirstOrDefault(c => c?["type"]?.GetValue<string>() == "text")?["text"]?.GetValue<string>();
        var line = text?.Split('\n').Select(l => l.Trim().TrimStart('#').Trim()).FirstOrDefault(l => l.Length > 0);
        return line is null ? null : line.Length > 500 ? line[..500] : line;
    }
}
