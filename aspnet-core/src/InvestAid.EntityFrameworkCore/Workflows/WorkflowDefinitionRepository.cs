using InvestAid.Workflows;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace InvestAid.EntityFrameworkCore.Workflows;

public sealed class WorkflowDefinitionRepository(InvestAidDbContext db) : IWorkflowDefinitionRepository
{
    public async Task<WorkflowDefinitionInfo> AddDraftAsync(WorkflowDefinitionInfo draft, string xml, CancellationToken cancellationToken)
    {
        var version = await db.Set<WorkflowDefinitionRecord>().Where(d => d.Key == draft.Key).MaxAsync(d => (int?)d.Version, cancellationToken) ?? 0;
        var record = new WorkflowDefinitionRecord
        {
            Id = Guid.CreateVersion7(), Key = draft.Key, Version = version + 1, Status = draft.Status.ToString(), Name = draft.Name,
            LegalBasis = draft.LegalBasis, EffectiveFrom = draft.EffectiveFrom, EffectiveTo = draft.EffectiveTo, Xml = xml, CreatedAt = draft.CreatedAt,
        };
        db.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Two uploads of the same key at once: the other took this version number.
            throw new ConcurrencyException(Guid.Empty, record.Version);
        }
        finally
        {
            db.Entry(record).State = EntityState.Detached;
        }

        return draft with { Version = record.Version };
    }

    public async Task<IReadOnlyList<WorkflowDefinitionInfo>> ListAsync(string? key, CancellationToken cancellationToken) =>
        [.. (await Query().Where(d => key == null || d.Key == key).OrderBy(d => d.Key).ThenBy(d => d.Version).ToListAsync(cancellationToken)).Select(ToInfo)];

    public async Task<WorkflowDefinitionInfo?> FindAsync(string key, int version, CancellationToken cancellationToken) =>
        await Query().Where(d => d.Key == key && d.Version == version).FirstOrDefaultAsync(cancellationToken) is { } found ? ToInfo(found) : null;

    public Task<string?> FindXmlAsync(string key, int version, CancellationToken cancellationToken) =>
        db.Set<WorkflowDefinitionRecord>().Where(d => d.Key == key && d.Version == version).Select(d => d.Xml).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<string, string>> FindBindingsAsync(string key, int version, CancellationToken cancellationToken) =>
        WorkflowBindingsJson.Read(await db.Set<WorkflowDefinitionRecord>().Where(d => d.Key == key && d.Version == version)
            .Select(d => d.Bindings).FirstOrDefaultAsync(cancellationToken));

    public async Task<bool> SetDraftBindingsAsync(string key, int version, IReadOnlyDictionary<string, string> bindings, CancellationToken cancellationToken)
    {
        var draft = WorkflowDefinitionStatus.Draft.ToString();
        var json = WorkflowBindingsJson.Write(bindings);
        return await db.Set<WorkflowDefinitionRecord>().Where(d => d.Key == key && d.Version == version && d.Status == draft)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Bindings, json), cancellationToken) == 1;
    }

    public async Task<bool> ChangeStatusAsync(
        string key, int version, WorkflowDefinitionStatus from, WorkflowDefinitionStatus to, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var fromText = from.ToString();
        var toText = to.ToString();
        var rows = to == WorkflowDefinitionStatus.Published
            ? await db.Set<WorkflowDefinitionRecord>().Where(d => d.Key == key && d.Version == version && d.Status == fromText)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, toText).SetProperty(d => d.PublishedAt, at), cancellationToken)
            : await db.Set<WorkflowDefinitionRecord>().Where(d => d.Key == key && d.Version == version && d.Status == fromText)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, toText).SetProperty(d => d.RetiredAt, at), cancellationToken);
        return rows == 1;
    }

    // Everything but the XML, which only the download needs.
    private IQueryable<WorkflowDefinitionRecord> Query() => db.Set<WorkflowDefinitionRecord>().AsNoTracking().Select(d => new WorkflowDefinitionRecord
    {
        Id = d.Id, Key = d.Key, Version = d.Version, Status = d.Status, Name = d.Name, LegalBasis = d.LegalBasis,
        EffectiveFrom = d.EffectiveFrom, EffectiveTo = d.EffectiveTo, CreatedAt = d.CreatedAt, PublishedAt = d.PublishedAt, RetiredAt = d.RetiredAt,
    });

    private static WorkflowDefinitionInfo ToInfo(WorkflowDefinitionRecord d) => new(
        d.Key, d.Version, Enum.Parse<WorkflowDefinitionStatus>(d.Status), d.Name, d.LegalBasis, d.EffectiveFrom, d.EffectiveTo, d.CreatedAt, d.PublishedAt);
}
