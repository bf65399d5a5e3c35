using InvestAid.Workflows.Runtime;

namespace InvestAid.Identity;

/// <summary>
/// The identity index of this request (see <see cref="IdentityIndex"/>): one read of the directory's version stamp per request,
/// and the users, groups and mappings loaded only when the stamp differs from the one of the index this process last built
/// (<see cref="IdentityIndexCache"/>). Any change of users, roles, agencies, groups or mappings, by any process, moves the stamp.
/// </summary>
public sealed class IdentityResolver(IIdentityDirectory directory, IdentityIndexCache cache)
{
    private IdentityIndex? _index;

    public async Task<IdentityIndex> IndexAsync(CancellationToken cancellationToken)
    {
        if (_index is not null)
        {
            return _index;
        }
        // The stamp first, then the data: a change committed in between makes the stamp stale, never the data.
        var version = await directory.VersionAsync(cancellationToken);
        if (cache.Find(version) is { } cached)
        {
            return _index = cached;
        }
        var index = new IdentityIndex(await directory.LoadAsync(cancellationToken));
        cache.Store(version, index);
        return _index = index;
    }

    /// <summary>Forgets this request's index (after a change of groups or mappings in this request).</summary>
    public void Reset() => _index = null;

    /// <summary>The actor as models of <paramref name="definitionKey"/> name them (their groups, and the ids mapped to them).</summary>
    public async Task<Actor> ForDefinitionAsync(Actor actor, string definitionKey, CancellationToken cancellationToken) =>
        (await IndexAsync(cancellationToken)).IdentitiesOf(actor).For(actor, definitionKey);
}

/// <summary>The last identity index this process built and the directory's version stamp it was built at (a singleton).</summary>
public sealed class IdentityIndexCache
{
    private Entry? _current;

    public IdentityIndex? Find(long version) => Volatile.Read(ref _current) is { } c && c.Version == version ? c.Index : null;

    public void Store(long version, IdentityIndex index) => Volatile.Write(ref _current, new Entry(version, index));

    private sealed record Entry(long Version, IdentityIndex Index);
}
