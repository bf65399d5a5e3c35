using InvestAid.Projects;

namespace InvestAid.Identity;

/// <summary>Users and the projects an owner account is linked to (Project.OwnerUserId), for user administration.</summary>
public interface IUserDirectory
{
    /// <summary>One page of users whose name or e-mail contains <paramref name="q"/> (diacritics and case ignored), by name.</summary>
    Task<(IReadOnlyList<AppUser> Users, int Total)> SearchAsync(string? q, int skip, int take, CancellationToken ct);

    /// <summary>Code and names of the projects each of the users owns.</summary>
    Task<ILookup<Guid, (Guid Id, string Code, string NameVi, string? NameEn)>> OwnedAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct);

    /// <summary>The projects, tracked for update (the ones owned by the user now, and the ones named).</summary>
    Task<IReadOnlyList<Project>> ForRelinkAsync(Guid userId, IReadOnlyCollection<Guid> projectIds, CancellationToken ct);

    /// <summary>The display names of the users with these e-mail addresses (unknown addresses are left out).</summary>
    Task<IReadOnlyDictionary<string, string>> NamesAsync(IReadOnlyCollection<string> emails, CancellationToken ct);

    /// <summary>The display names of the users with these ids (unknown ids are left out).</summary>
    Task<IReadOnlyDictionary<Guid, string>> DisplayNamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct);
}
