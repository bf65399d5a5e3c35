namespace InvestAid.Notifications;

/// <summary>Whether a user gets e-mail for one kind of notification. No row means yes.</summary>
public sealed class NotificationPreference
{
    private NotificationPreference() { }

    public NotificationPreference(Guid userId, string kind, bool emailEnabled)
    {
        UserId = userId;
        Kind = kind;
        EmailEnabled = emailEnabled;
    }

    public Guid UserId { get; private set; }
    public string Kind { get; private set; } = "";
    public bool EmailEnabled { get; set; }
}
