namespace InvestAid.Notifications;

/// <summary>The users reminders can go to: their roles, names and consulted agencies.</summary>
public interface IReminderRecipientStore
{
    /// <summary>Users holding any of <paramref name="roles"/>, one row per user and role.</summary>
    Task<IReadOnlyList<UserInRole>> UsersInRolesAsync(IReadOnlyCollection<string> roles, CancellationToken cancellationToken);

    /// <summary>Every user's name and e-mail, in lower case.</summary>
    Task<IReadOnlyList<UserAddress>> UserNamesAsync(CancellationToken cancellationToken);

    /// <summary>Users of consulted agencies, by agency code.</summary>
    Task<IReadOnlyList<AgencyUser>> AgencyUsersAsync(CancellationToken cancellationToken);
}

public sealed record UserInRole(Guid UserId, string Role);

public sealed record UserAddress(Guid Id, string UserName, string Email);

public sealed record AgencyUser(Guid UserId, string Agency);
