namespace InvestAid.Notifications;

/// <summary>Finds who a reminder goes to: staff by role (with the project's owner), a task's assignees, a procedure step's targets.</summary>
public sealed class ReminderRecipientResolver(IReminderRecipientStore store)
{
    /// <summary>The users holding any of <paramref name="roles"/>.</summary>
    public async Task<IReadOnlyList<Guid>> StaffAsync(IReadOnlyCollection<string> roles, CancellationToken cancellationToken) =>
        [.. (await store.UsersInRolesAsync(roles, cancellationToken)).Select(u => u.UserId)];

    /// <summary>Every user with their roles, names and agencies, read once for a run that resolves many tasks or steps.</summary>
    public async Task<ReminderUserDirectory> DirectoryAsync(CancellationToken cancellationToken) =>
        new(await store.UsersInRolesAsync([.. Identity.RoleNames.All], cancellationToken),
            await store.UserNamesAsync(cancellationToken),
            await store.AgencyUsersAsync(cancellationToken));

    /// <summary>The staff and the project's owner (if any), each once.</summary>
    public static Guid[] WithOwner(IReadOnlyList<Guid> staff, Guid? owner) =>
        [.. staff.Append(owner ?? Guid.Empty).Where(g => g != Guid.Empty).Distinct()];
}
