namespace InvestAid.Notifications;

/// <summary>E-mail on or off for one kind of notification (in-app notifications are always kept).</summary>
public sealed record NotificationPreferenceDto(string Kind, bool Email);
