using InvestAid.Decisions.Forms;
using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore.Decisions;

public sealed class FormDefinitionRepository(InvestAidDbContext db) : IFormDefinitionRepository
{
    public async Task<FormDefinitionInfo> AddDraftAsync(FormDefinitionInfo draft, string schema, CancellationToken cancellationToken)
    {
        var record = new FormDefinitionRecord
        {
            Key = draft.Key, Name = draft.Name, FileName = draft.FileName, FieldKeys = [.. draft.FieldKeys], Schema = schema, CreatedAt = draft.CreatedAt,
        };
        return draft with { Version = await DeployedFiles.AddDraftAsync(db, record, cancellationToken) };
    }

    public async Task<IReadOnlyList<FormDefinitionInfo>> ListAsync(string? key, CancellationToken cancellationToken) =>
        [.. (await db.Set<FormDefinitionRecord>().AsNoTracking().Where(f => key == null || f.Key == key)
            .OrderBy(f => f.Key).ThenBy(f => f.Version)
            .Select(f => new FormDefinitionRecord
            {
                Id = f.Id, Key = f.Key, Version = f.Version, Status = f.Status, Name = f.Name, FileName = f.FileName, FieldKeys = f.FieldKeys,
                CreatedAt = f.CreatedAt, PublishedAt = f.PublishedAt,
            })
            .ToListAsync(cancellationToken)).Select(ToInfo)];

    public Task<string?> FindSchemaAsync(string key, int version, CancellationToken cancellationToken) =>
        db.Set<FormDefinitionRecord>().Where(f => f.Key == key && f.Version == version).Select(f => f.Schema).FirstOrDefaultAsync(cancellationToken);

    public Task<bool> PublishAsync(string key, int version, DateTimeOffset at, CancellationToken cancellationToken) =>
        DeployedFiles.PublishAsync<FormDefinitionRecord>(db, key, version, at, cancellationToken);

    public async Task<(FormDefinitionInfo Form, string Schema)?> FindPublishedAsync(
        string key, string? fileName, int? version, DateTimeOffset? publishedBy, CancellationToken cancellationToken)
    {
        // A camunda-forms key names a file: the form uploaded under that name, else the form whose id is the name without .form.
        var found = (fileName is null ? null
                : await DeployedFiles.FindPublishedAsync(db.Set<FormDefinitionRecord>().Where(f => f.FileName == fileName), version, publishedBy, cancellationToken))
            ?? await DeployedFiles.FindPublishedAsync(db.Set<FormDefinitionRecord>().Where(f => f.Key == key), version, publishedBy, cancellationToken);
        return found is null ? null : (ToInfo(found), found.Schema);
    }

    private static FormDefinitionInfo ToInfo(FormDefinitionRecord f) =>
        new(f.Key, f.Version, f.Status, f.Name, f.FileName, f.FieldKeys, f.CreatedAt, f.PublishedAt);
}
