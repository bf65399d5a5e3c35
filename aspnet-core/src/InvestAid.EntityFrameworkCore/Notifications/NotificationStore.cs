using InvestAid.Notifications;
using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore.Notifications;

public sealed class NotificationStore(InvestAidDbContext db) : INotificationStore
{
    public async Task<(IReadOnlyList<Notification> Items, int Total, int Unread)> ListAsync(Guid userId, bool? unread, int skip, int take, CancellationToken cancellationToken = default)
    {
        var mine = db.Set<Notification>().AsNoTracking().Where(n => n.UserId == userId);
        var query = unread switch
        {
            true => mine.Where(n => n.ReadAt == null),
            false => mine.Where(n => n.ReadAt != null),
            null => mine,
        };
        var total = await query.CountAsync(cancellationToken);
        var unreadCount = await mine.CountAsync(n => n.ReadAt == null, cancellationToken);
        var items = await query.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (items, total, unreadCount);
    }

    public Task<Notification?> FindAsync(Guid userId, Guid id, CancellationToken cancellationToken = default) =>
        db.Set<Notification>().FirstOrDefaultAsync(n => n.Id == id && n.UserId == userId, cancellationToken);

    public Task<int> MarkAllReadAsync(Guid userId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        db.Set<Notification>().Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);

    public async Task<IReadOnlyList<NotificationPreference>> PreferencesAsync(Guid userId, CancellationToken cancellationToken = default) =>
        await db.Set<NotificationPreference>().Where(p => p.UserId == userId).ToListAsync(cancellationToken);

    public void Add(NotificationPreference preference) => db.Add(preference);
}
