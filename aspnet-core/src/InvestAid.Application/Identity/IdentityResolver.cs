using InvestAid.Workflows.Runtime;

namespace InvestAid.Identity;

/// <summary>Loads the identity index once per request and answers who a model's ids are (see <see cref="IdentityIndex"/>).</summary>
public sealed class IdentityResolver(IIdentityDirectory directory)
{
    private IdentityIndex? _index;

    public async Task<IdentityIndex> IndexAsync(CancellationToken cancellationToken) =>
        _index ??= new IdentityIndex(await directory.LoadAsync(cancellationToken));

    /// <summary>Forgets the loaded index (after a change of groups or mappings in this request).</summary>
    public void Reset() => _index = null;

    /// <summary>The actor as models of <paramref name="definitionKey"/> name them (their groups, and the ids mapped to them).</summary>
    public async Task<Actor> ForDefinitionAsync(Actor actor, string definitionKey, CancellationToken cancellationToken) =>
        (await IndexAsync(cancellationToken)).IdentitiesOf(actor).For(actor, definitionKey);
}
