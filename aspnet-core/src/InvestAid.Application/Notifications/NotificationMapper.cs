using Riok.Mapperly.Abstractions;

namespace InvestAid.Notifications;

/// <summary>Compile-time mapping of notifications and job settings to their DTOs.</summary>
[Mapper]
public static partial class NotificationMapper
{
    /// <summary>The notification in the reader's language (the request's): rendered again from its template where it has one.</summary>
    public static NotificationDto ToDto(this Notification n)
    {
        var (title, body) = NotificationText.From(n.Template, n.Arguments) is { } text
            ? text.Render(System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName)
            : (n.Title, n.Body);
        return Map(n, title, body);
    }

    public static partial JobSettingDto ToDto(this JobSetting setting);

    private static partial NotificationDto Map(Notification notification, string title, string body);
}
