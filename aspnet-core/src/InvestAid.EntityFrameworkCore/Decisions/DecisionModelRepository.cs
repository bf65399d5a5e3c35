using InvestAid.Decisions;
using InvestAid.Workflows;
using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore.Decisions;

public sealed class DecisionModelRepository(InvestAidDbContext db) : IDecisionModelRepository
{
    public async Task<DecisionModelInfo> AddDraftAsync(DecisionModelInfo draft, string xml, CancellationToken cancellationToken)
    {
        var record = new DecisionModelRecord { Key = draft.Key, Name = draft.Name, DecisionKeys = [.. draft.DecisionKeys], Xml = xml, CreatedAt = draft.CreatedAt };
        return draft with { Version = await DeployedFiles.AddDraftAsync(db, record, cancellationToken) };
    }

    public async Task<IReadOnlyList<DecisionModelInfo>> ListAsync(string? key, CancellationToken cancellationToken) =>
        [.. (await Query().Where(d => key == null || d.Key == key).OrderBy(d => d.Key).ThenBy(d => d.Version).ToListAsync(cancellationToken)).Select(ToInfo)];

    public Task<string?> FindXmlAsync(string key, int version, CancellationToken cancellationToken) =>
        db.Set<DecisionModelRecord>().Where(d => d.Key == key && d.Version == version).Select(d => d.Xml).FirstOrDefaultAsync(cancellationToken);

    public Task<bool> PublishAsync(string key, int version, DateTimeOffset at, CancellationToken cancellationToken) =>
        DeployedFiles.PublishAsync<DecisionModelRecord>(db, key, version, at, cancellationToken);

    public async Task<(DecisionModelInfo Model, string Xml)?> FindPublishedAsync(
        string decisionKey, int? version, DateTimeOffset? publishedBy, CancellationToken cancellationToken)
    {
        var found = await DeployedFiles.FindPublishedAsync(db.Set<DecisionModelRecord>().Where(d => d.DecisionKeys.Contains(decisionKey)), version, publishedBy, cancellationToken);
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
