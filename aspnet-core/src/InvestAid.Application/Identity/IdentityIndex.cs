using InvestAid.Dossiers;
using InvestAid.Workflows.Runtime;

namespace InvestAid.Identity;

/// <summary>
/// Who the ids a model names are. A user id is one of our users when it is a user name; else an identity mapping names
/// the user (the mapping for the model's definition key wins over the global one). A group id is one of our groups
/// when it is a group's code (every role is one) or an agency's group (<c>agency:&lt;code&gt;</c>); else a mapping
/// names the group. Mappings of ids that are already ours are never applied: our own ids mean what they say.
/// </summary>
public sealed class IdentityIndex
{
    private readonly Dictionary<string, DirectoryUser> _byUserName;
    private readonly Dictionary<Guid, DirectoryUser> _byId;
    private readonly Dictionary<string, UserGroup> _groupsByCode;
    private readonly Dictionary<Guid, UserGroup> _groupsById;
    private readonly Dictionary<(IdentityKind, string, string?), IdentityMapping> _mappings;

    public IdentityIndex(IdentitySnapshot snapshot)
    {
        Snapshot = snapshot;
        _byUserName = snapshot.Users.GroupBy(u => u.UserName, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        _byId = snapshot.Users.ToDictionary(u => u.Id);
        _groupsByCode = snapshot.Groups.ToDictionary(g => g.Code, StringComparer.Ordinal);
        _groupsById = snapshot.Groups.ToDictionary(g => g.Id);
        _mappings = snapshot.Mappings.Where(m => !IsOwn(m.Kind, m.ExternalId))
            .ToDictionary(m => (m.Kind, m.ExternalId, m.DefinitionKey));
    }

    public IdentitySnapshot Snapshot { get; }

    public DirectoryUser? User(Guid id) => _byId.GetValueOrDefault(id);

    public DirectoryUser? UserByName(string? userName) => userName is null ? null : _byUserName.GetValueOrDefault(userName);

    public UserGroup? Group(Guid id) => _groupsById.GetValueOrDefault(id);

    /// <summary>The id is one of our users (a user name) or groups (a group code or an agency's group).</summary>
    public bool IsOwn(IdentityKind kind, string id) => kind == IdentityKind.User
        ? _byUserName.ContainsKey(id)
        : _groupsByCode.ContainsKey(id) || id.StartsWith(AgencyClaims.GroupPrefix, StringComparison.Ordinal);

    /// <summary>The mapping that applies to the id in models of <paramref name="definitionKey"/>, or null.</summary>
    public IdentityMapping? MappingOf(IdentityKind kind, string id, string? definitionKey) =>
        (definitionKey is not null ? _mappings.GetValueOrDefault((kind, id, definitionKey)) : null)
        ?? _mappings.GetValueOrDefault((kind, id, null));

    /// <summary>The user the model's user id means, or null (it maps to nobody).</summary>
    public DirectoryUser? ResolveUser(string id, string? definitionKey) =>
        UserByName(id) ?? (MappingOf(IdentityKind.User, id, definitionKey)?.UserId is { } target ? User(target) : null);

    /// <summary>The members (who may sign in) of the group the model's group id means; empty when it maps to nobody or no one.</summary>
    public IReadOnlyList<DirectoryUser> ResolveGroupMembers(string id, string? definitionKey)
    {
        if (id.StartsWith(AgencyClaims.GroupPrefix, StringComparison.Ordinal))
        {
            var agency = id[AgencyClaims.GroupPrefix.Length..];
            return [.. Snapshot.Users.Where(u => !u.Disabled && u.AgencyCode == agency)];
        }

        var group = _groupsByCode.GetValueOrDefault(id)
            ?? (MappingOf(IdentityKind.Group, id, definitionKey)?.GroupId is { } target ? Group(target) : null);
        return group is null ? [] : MembersOf(group);
    }

    public bool GroupResolves(string id, string? definitionKey) =>
        _groupsByCode.ContainsKey(id) || id.StartsWith(AgencyClaims.GroupPrefix, StringComparison.Ordinal)
        || MappingOf(IdentityKind.Group, id, definitionKey)?.GroupId is { } target && Group(target) is not null;

    /// <summary>A role's group holds the role's users; another group its chosen members. Disabled accounts are left out.</summary>
    public IReadOnlyList<DirectoryUser> MembersOf(UserGroup group) => group.RoleName is { } role
        ? [.. Snapshot.Users.Where(u => !u.Disabled && u.Roles.Contains(role, StringComparer.Ordinal))]
        : [.. group.MemberIds.Select(User).OfType<DirectoryUser>().Where(u => !u.Disabled)];

    /// <summary>The groups made by administrators that the user is in (a role's group is in the user's roles already).</summary>
    public IEnumerable<UserGroup> MadeGroupsOf(Guid userId) => Snapshot.Groups.Where(g => !g.IsRole && g.MemberIds.Contains(userId));

    /// <summary>
    /// The ids models may name the actor by, for every definition key at once: the actor's own groups plus the
    /// group ids mapped to them globally, and the user ids mapped to the actor globally; per key, the ids mapped for
    /// that key (<c>key|id</c>) and the ids whose mapping for that key goes elsewhere (vetoing the global one).
    /// </summary>
    public ActorIdentities IdentitiesOf(Actor actor)
    {
        var me = UserByName(actor.UserId);
        var groups = new HashSet<string>(actor.Groups, StringComparer.Ordinal);
        if (me is not null)
        {
            groups.UnionWith(MadeGroupsOf(me.Id).Select(g => g.Code));
        }

        var myGroupIds = Snapshot.Groups.Where(g => groups.Contains(g.Code)).Select(g => g.Id).ToHashSet();
        var globalUsers = new List<string>();
        var globalGroups = new List<string>();
        var keyedUsers = new List<string>();
        var keyedGroups = new List<string>();
        var vetoUsers = new List<string>();
        var vetoGroups = new List<string>();
        foreach (var m in _mappings.Values)
        {
            var mine = m.Kind == IdentityKind.User ? me is not null && m.UserId == me.Id : m.GroupId is { } g && myGroupIds.Contains(g);
            var (global, keyed, veto) = m.Kind == IdentityKind.User ? (globalUsers, keyedUsers, vetoUsers) : (globalGroups, keyedGroups, vetoGroups);
            if (m.DefinitionKey is null)
            {
                if (mine) global.Add(m.ExternalId);
            }
            else
            {
                (mine ? keyed : veto).Add(Keyed(m.DefinitionKey, m.ExternalId));
            }
        }

        return new ActorIdentities([.. groups.Concat(globalGroups).Distinct()], globalUsers, keyedUsers, vetoUsers, keyedGroups, vetoGroups);
    }

    public static string Keyed(string definitionKey, string id) => definitionKey + "|" + id;
}

/// <summary>See <see cref="IdentityIndex.IdentitiesOf"/>; <c>Keyed*</c> and <c>Veto*</c> hold <c>definitionKey|id</c>.</summary>
public sealed record ActorIdentities(
    IReadOnlyList<string> Groups, IReadOnlyList<string> UserAliases,
    IReadOnlyList<string> KeyedUsers, IReadOnlyList<string> VetoUsers,
    IReadOnlyList<string> KeyedGroups, IReadOnlyList<string> VetoGroups)
{
    /// <summary>The actor as models of <paramref name="definitionKey"/> name them: mapped user ids as aliases, mapped group ids as groups.</summary>
    public Actor For(Actor actor, string definitionKey)
    {
        var prefix = definitionKey + "|";
        IEnumerable<string> Of(IReadOnlyList<string> keyed) =>
            keyed.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Select(k => k[prefix.Length..]);
        var vetoU = Of(VetoUsers).ToHashSet(StringComparer.Ordinal);
        var vetoG = Of(VetoGroups).ToHashSet(StringComparer.Ordinal);
        return actor with
        {
            Groups = [.. Groups.Where(g => !vetoG.Contains(g)).Concat(Of(KeyedGroups)).Distinct(StringComparer.Ordinal)],
            UserAliases = [.. UserAliases.Where(u => !vetoU.Contains(u)).Concat(Of(KeyedUsers)).Distinct(StringComparer.Ordinal)],
        };
    }
}
