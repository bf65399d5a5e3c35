using InvestAid.Decisions;
using InvestAid.Workflows;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace InvestAid.EntityFrameworkCore.Decisions;

/// <summary>
/// The versioning shared by the files deployed beside the models (DMN files, forms): a draft is the next version of its
/// key, publishing turns exactly one draft into an immutable version, and the published version a reference binds to
/// is the given one, else the one published last (at or before a moment, for the deployment binding).
/// </summary>
internal static class DeployedFiles
{
    /// <summary>Adds <paramref name="record"/> as the next version of its key; two uploads of one key at once → <see cref="ConcurrencyException"/>.</summary>
    public static async Task<int> AddDraftAsync<T>(InvestAidDbContext db, T record, CancellationToken cancellationToken)
        where T : DeployedFileRecord
    {
        var version = await db.Set<T>().Where(d => d.Key == record.Key).MaxAsync(d => (int?)d.Version, cancellationToken) ?? 0;
        record.Id = Guid.CreateVersion7();
        record.Version = version + 1;
        record.Status = DeployedFile.Draft;
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

        return record.Version;
    }

    /// <summary>Draft → Published; false when the row was no longer a draft.</summary>
    public static async Task<bool> PublishAsync<T>(InvestAidDbContext db, string key, int version, DateTimeOffset at, CancellationToken cancellationToken)
        where T : DeployedFileRecord =>
        await db.Set<T>()
            .Where(d => d.Key == key && d.Version == version && d.Status == DeployedFile.Draft)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DeployedFile.Published).SetProperty(d => d.PublishedAt, at), cancellationToken) == 1;

    /// <summary>
    /// Of <paramref name="candidates"/>, the published version <paramref name="version"/> if given, else the one published last,
    /// at or before <paramref name="publishedBy"/> when that is given.
    /// </summary>
    public static Task<T?> FindPublishedAsync<T>(IQueryable<T> candidates, int? version, DateTimeOffset? publishedBy, CancellationToken cancellationToken)
        where T : DeployedFileRecord =>
        candidates.AsNoTracking()
            .Where(d => d.Status == DeployedFile.Published)
            .Where(d => version == null || d.Version == version)
            .Where(d => publishedBy == null || d.PublishedAt <= publishedBy)
            .OrderByDescending(d => d.PublishedAt).ThenByDescending(d => d.Version)
            .FirstOrDefaultAsync(cancellationToken);
}
