namespace InvestAid.Notifications;

public sealed record NotificationListDto(IReadOnlyList<NotificationDto> Items, int Total, int UnreadCount, int Page, int PageSize);
