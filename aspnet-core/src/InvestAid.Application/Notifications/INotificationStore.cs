namespace InvestAid.Notifications;

/// <summary>A user's notifications and e-mail preferences.</summary>
public interface INotificationStore
{
    Task<(IReadOnlyList<Notification> Items, int Total, int Unread)> ListAsync(Guid userId, bool? unread, int skip, int take, CancellationToken cancellationToken = default);
    Task<Notification?> FindAsync(Guid userId, Guid id, CancellationToken cancellationToken = default);
    Task<int> MarkAllReadAsync(Guid userId, DateTimeOffset now, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<NotificationPreference>> PreferencesAsync(Guid userId, CancellationToken cancellationToken = default);
    void Add(NotificationPreference preference);
}
