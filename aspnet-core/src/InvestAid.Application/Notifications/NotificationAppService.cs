using InvestAid.Validation;
using FluentValidation;
using FluentValidation.Results;
using InvestAid.Common;

namespace InvestAid.Notifications;

/// <summary>The bell: a user's own notifications, read marks, and e-mail preferences per kind.</summary>
public sealed class NotificationAppService(INotificationStore store, IUnitOfWork unitOfWork, ICurrentUser user, TimeProvider clock)
{
    public async Task<NotificationListDto> ListAsync(NotificationQuery query, CancellationToken ct = default)
    {
        if (query.PageNumber < 1 || query.Size is < 1 or > 200)
        {
            throw ValidationText.Invalid("pageSize", "common.pageSize", 200);
        }
        var (items, total, unread) = await store.ListAsync(Me, query.Unread, (query.PageNumber - 1) * query.Size, query.Size, ct);
        return new NotificationListDto([.. items.Select(NotificationMapper.ToDto)], total, unread, query.PageNumber, query.Size);
    }

    public async Task<NotificationDto> MarkReadAsync(Guid id, CancellationToken ct = default)
    {
        var notification = await store.FindAsync(Me, id, ct) ?? throw new NotFoundException("thông báo", id);
        notification.MarkRead(clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(ct);
        return NotificationMapper.ToDto(notification);
    }

    public Task<int> MarkAllReadAsync(CancellationToken ct = default) => store.MarkAllReadAsync(Me, clock.GetUtcNow(), ct);

    public async Task<IReadOnlyList<NotificationPreferenceDto>> PreferencesAsync(CancellationToken ct = default)
    {
        var saved = (await store.PreferencesAsync(Me, ct)).ToDictionary(p => p.Kind, p => p.EmailEnabled);
        return [.. NotificationKinds.All.Select(k => new NotificationPreferenceDto(k, saved.GetValueOrDefault(k, true)))];
    }

    public async Task<IReadOnlyList<NotificationPreferenceDto>> SetPreferencesAsync(IReadOnlyList<NotificationPreferenceDto> input, CancellationToken ct = default)
    {
        var failures = input.Select((p, i) => (p, i)).Where(x => x.p is null || !NotificationKinds.All.Contains(x.p.Kind))
            .Select(x => x.p is null
                ? new ValidationFailure($"[{x.i}]", ValidationText.Get("notification.itemRequired"))
                : new ValidationFailure($"[{x.i}].kind", ValidationText.Format("notification.unknownKind", x.p.Kind))).ToList();
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
        var saved = (await store.PreferencesAsync(Me, ct)).ToDictionary(p => p.Kind);
        foreach (var p in input)
        {
            if (saved.TryGetValue(p.Kind, out var existing))
            {
                existing.EmailEnabled = p.Email;
            }
            else
            {
                store.Add(new NotificationPreference(Me, p.Kind, p.Email));
            }
        }
        await unitOfWork.SaveChangesAsync(ct);
        return await PreferencesAsync(ct);
    }

    private Guid Me => user.Id ?? throw new ForbiddenException("Chưa đăng nhập.");
}
