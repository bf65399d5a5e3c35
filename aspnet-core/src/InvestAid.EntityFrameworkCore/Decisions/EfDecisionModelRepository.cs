using InvestAid.Decisions;
using InvestAid.Workflows;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace InvestAid.EntityFrameworkCore.Decisions;

public sealed class EfDecisionModelRepository(InvestAidDbContext db) : IDecisionModelRepository
{
    public async Task<DecisionModelInfo> AddDraftAsync(DecisionModelInfo draft, string xml, CancellationToken cancellationToken)
    {
        var version = await db.Set<DecisionModelRecord>().Where(d => d.Key == draft.Key).MaxAsync(d => (int?)d.Version, cancellationToken) ?? 0;
        var record = new DecisionModelRecord
        {
            Id = Guid.CreateVersion7(), Key = draft.Key, Version = version + 1, Status = draft.Status, Name = draft.Name,
            DecisionKeys = [.. draft.DecisionKeys], Xml = xml, CreatedAt = draft.CreatedAt,
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

    public async Task<IReadOnlyList<DecisionModelInfo>> ListAsync(string? key, CancellationToken cancellationToken) =>
        [.. (await Query().Where(d => key == null || d.Key == key).OrderBy(d => d.Key).ThenBy(d => d.Version).ToListAsync(cancellationToken)).Select(ToInfo)];

    public Task<string?> FindXmlAsync(string key, int version, CancellationToken cancellationToken) =>
        db.Set<DecisionModelRecord>().Where(d => d.Key == key && d.Version == version).Select(d => d.Xml).FirstOrDefaultAsync(cancellationToken);

    public async Task<bool> PublishAsync(string key, int version, DateTimeOffset at, CancellationToken cancellationToken) =>
        await db.Set<DecisionModelRecord>()
            .Where(d => d.Key == key && d.Version == version && d.Status == DecisionModelInfo.Draft)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DecisionModelInfo.Published).SetProperty(d => d.PublishedAt, at), cancellationToken) == 1;

    public async Task<(DecisionModelInfo Model, string Xml)?> FindPublishedAsync(
        string decisionKey, int? version, DateTimeOffset? publishedBy, CancellationToken cancellationToken)
    {
        var found = await db.Set<DecisionModelRecord>().AsNoTracking()
            .Where(d => d.Status == DecisionModelInfo.Published && d.DecisionKeys.Contains(decisionKey))
            .Where(d => version == null || d.Version == version)
            .Where(d => publishedBy == null || d.PublishedAt <= publishedBy)
            .OrderByDescending(d => d.PublishedAt).ThenByDescending(d => d.Version)
            .FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : (ToInfo(found), found.Xml);
    }

    // Everything but the XML, which only the download and the evaluation need.
    private IQueryable<DecisionModelRecord> Query() => db.Set<DecisionModelRecord>().AsNoTracking().Select(d => new DecisionModelRecord
    {
        Id = d.Id, Key = d.Key, Version = d.Version, Status = d.Status, Name = d.Name, DecisionKeys = d.DecisionKeys,
        CreatedAt = d.CreatedAt, PublishedAt = d.PublishedAt,
    });

    private static DecisionModelInfo ToInfo(DecisionModelRecord d) => new(d.Key, d.Version, d.Status, d.Name, d.DecisionKeys, d.CreatedAt, d.PublishedAt);
}
