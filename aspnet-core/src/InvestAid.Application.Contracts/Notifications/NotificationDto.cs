namespace InvestAid.Notifications;

public sealed record NotificationDto(Guid Id, string Kind, string Title, string Body, string? Link, Guid? ProjectId, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);
